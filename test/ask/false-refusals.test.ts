// On-beat questions that used to get the scope note or a false "no figure" (issue 10): each class
// with questions of its own, and the honest side kept (off-beat still refused, a figure the dataset
// lacks still "no figure").
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { ask, lead } = offlineAsker(dataset);

const REFUSED = /outside what I cover|außerhalb meines Themas/;
const NONE = /no figure|keine Zahl|keinen Eintrag/;

describe('events found through German compounds of their titles', () => {
  it('"Treffen" finds the "Gipfeltreffen" of the two people named, not another meeting', () => {
    for (const q of ['Womit wurde Trump beim Treffen mit Lee geehrt?', 'Was bekam Trump beim Gipfel mit Lee geschenkt?']) {
      const a = ask(q, 'de');
      expect(a).not.toMatch(REFUSED);
      expect(a).toContain('Mugunghwa');
    }
  });
});

describe('an event pinned by its day', () => {
  it('a day with one event and a country of it answers with that event, whatever the verb', () => {
    for (const [q, l] of [['Was hat China am 9. Oktober verkündet?', 'de'], ['Which rules did China publish on 9 October?', 'en']] as const) {
      const a = ask(q, l);
      expect(a).not.toMatch(REFUSED);
      expect(a).toMatch(/55–58/);
    }
  });

  it('an off-beat question on that day is still refused', () => {
    expect(ask('Wie war das Wetter in China am 9. Oktober?', 'de')).toMatch(REFUSED);
    expect(ask('Who won the football match in Tokyo on 9 October?')).toMatch(REFUSED);
  });
});

describe('checking a figure read elsewhere', () => {
  it('a quoted amount for a country with "is that right" gets the current figure and its revision', () => {
    const br = ask('A newspaper report says Brazil holds 21 million t of rare earths - is that correct?');
    expect(br).not.toMatch(REFUSED);
    expect(br).toContain('11 million t');
    const vn = ask('Die AFP-Meldung nennt 22 Mio. t für Vietnam, stimmt das?', 'de');
    expect(vn).not.toMatch(REFUSED);
    expect(vn).toContain('3,5 Mio. t');
  });

  it('two capitals that are the code of a country the dataset holds nothing on are an acronym', () => {
    const a = ask('The TV report claims Vietnam has 22 million t, right?');
    expect(a).not.toContain('Tuvalu');
    expect(a).toContain('3.5 million t');
  });

  it('a capital question about a country stays off the beat', () => {
    expect(ask('What is the capital of France?')).toMatch(REFUSED);
  });
});

describe('a commodity the dataset keeps a fact about', () => {
  it('is on the beat: "no figure" with what USGS publishes, never the scope note', () => {
    const a = lead('Wie viel Germanium hat man 2023 weltweit gewonnen?', 'de');
    expect(a).toMatch(NONE);
    expect(a).toContain('Germanium');
    expect(a).not.toMatch(/\d+ t\b/);
  });
});

describe('attribute words readers use', () => {
  it('US imports of compounds and metals are the US import value, not a price', () => {
    expect(ask('How much were US imports of compounds and metals worth?')).toContain('$170 million');
  });

  it('an export volume is still "no figure" beside the export-ban words', () => {
    expect(lead('How much rare earth did China export last year?')).toMatch(NONE);
    expect(lead('Wie viele Tonnen Seltene Erden exportierte Malaysia?', 'de')).toMatch(NONE);
  });
});

describe('a commodity of the dataset\'s own texts', () => {
  it('a short form of it ("soy" for soybeans) with a later year is the commitment recorded, not "no forecasts"', () => {
    const a = lead('How much soy is China to buy each year until 2028?');
    expect(a).not.toMatch(NONE);
    expect(a).toContain('25 million t a year');
  });

  it('a later year of a USGS figure is still "no forecasts"', () => {
    expect(lead('What will rare earth production be in 2028?')).toMatch(NONE);
  });

  it('an off-beat question whose words only begin words of the texts is still refused', () => {
    expect(ask('Wer ist der beste Fußballspieler der Welt?', 'de')).toMatch(REFUSED);
  });
});

describe('a particular name of the dataset in an otherwise unexplained question', () => {
  it('a project, a bank or a site named in a dataset sentence answers with that sentence', () => {
    expect(lead('Tell me about the Sojitz thing', 'en')).toMatch(/Sojitz/);
    expect(lead('Was ist mit Alcoa?', 'de')).toMatch(/Alcoa/);
    expect(ask('EXIM letters — how much money?', 'en')).toMatch(/2\.2 billion/);
  });
  it('a city, a country or a common word of the texts places nothing: still the scope note', () => {
    expect(ask('best sushi bar in Tokyo?', 'en')).toMatch(REFUSED);
  });
});

describe('"no figure" that a sentence about a particular name answers', () => {
  it('the reader\'s word stands in the sentence about the name: that sentence, not "no figure"', () => {
    expect(ask('What share of world gallium would the Alcoa–Sojitz project supply?', 'en')).toMatch(/10\s?%/);
  });
  it('a word the sentences about the name never hold stays "no figure"', () => {
    expect(lead('How many jobs will the Alcoa-Sojitz project create?', 'en')).toMatch(NONE);
  });
});

describe('a year with no measure named', () => {
  it('asks for that year\'s output, not the reserves', () => {
    expect(lead('Kobalt Kuba 2025', 'de')).toMatch(/förderung/i);
    expect(lead('nickel 2024, Indonesia vs Philippines', 'en')).toMatch(/production/i);
  });
});

describe('a fact stating other years than the one asked', () => {
  it('is "no figure" for that year, naming the years it holds', () => {
    expect(lead('China mining quota 2022?', 'en')).toBe('The dataset has no figure for that: it holds mining quotas for 2023 and 2024, not for 2022.');
    expect(lead('Wie hoch war Chinas Abbauquote 2024?', 'de')).toMatch(/270\.000 t/);
  });
});
