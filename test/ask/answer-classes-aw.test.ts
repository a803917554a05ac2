// Answer classes of the offline question path (issue 10), forty-ninth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe("the reader's own sentences beside the one that asks", () => {
  it('leave a figure held answered, though their words are none the dataset holds', () => {
    // Was "no figure or fact for that (prices: pester fix bikes round)".
    expect(lead("Don't want to pester you - I fix old bikes round Leeds and my van's electric now. Europium oxide, what was the 2024 average per kilo?", 'en'))
      .toMatch(/^Average rare-earth prices in 2024.*europium oxide 27/);
  });
  it('do not make the question after them a yes/no question', () => {
    // Was "Yes — China widens its export controls …": the opening "Can't" read as a yes/no question.
    expect(lead("Can't sleep, so I'm reading about magnets. When did China suspend the October controls?", 'en')).toMatch(/^7 Nov 2025: China suspends/);
  });
  it('stay the content when the question after them names nothing', () => {
    // Guard: "Which one?" asks of the sentence before it.
    expect(lead('Fibre broadband needs a rare earth to boost the signal, I am told. Which one?', 'en')).toMatch(/erbium/i);
  });
  it('leave a German ordinal day inside one sentence', () => {
    // Guard: "am 24. Oktober" ends no sentence.
    expect(lead('Wurde Takaichi am 24. Oktober zur Regierungschefin gewählt?', 'de')).toMatch(/^Nein — /);
  });
});

describe('a word of a fact about one country, asked of another', () => {
  it('is the German word for the figure asked of that country', () => {
    // Was "keine Zahl … (Wert der US-Förderung: Alter)".
    expect(lead('Die Kobaltreserven Russlands wurden korrigiert. Alter Wert, neuer Wert?', 'de')).toMatch(/^Russland — Reserven \(Kobalt\): 800\.000 t.*250\.000 t/);
    expect(lead('Indiens Seltenerdförderung 2024 wurde nachträglich geändert. Erster und neuer Wert?', 'de')).toMatch(/^Indien — Bergwerksförderung \(Seltene Erden\) 2024/);
  });
  it('is the English word for the figure asked of that country', () => {
    expect(lead("Brazil's rare earth reserves were corrected by USGS. Old value and new value?", 'en')).toMatch(/^Brazil — reserves of rare earths: 11 million t.*21 million t/);
  });
  it('still asks the fact of the country it is about', () => {
    // Guard: the US output's worth is the fact's own.
    expect(lead('Welchen Wert hatte die US-Förderung Seltener Erden 2024?', 'de')).toMatch(/260 Mio\. Dollar/);
  });
});
