// Answer classes of the offline question path (issue 10), forty-sixth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a person of the record named only in the context before a question naming nothing', () => {
  it('keeps the question on the beat: no scope note', () => {
    expect(lead('Trump had warned China of a 100% tariff. Carried out or dropped quietly?', 'en')).not.toMatch(/outside what I cover/);
  });
});

describe('a German compound of talks and round', () => {
  it('names the round of talks', () => {
    expect(lead('Wann begann die fünfte Verhandlungsrunde in Kuala Lumpur?', 'de')).toMatch(/^25\.–26\. Okt\. 2025: Handelsgespräche/);
    expect(lead('Die Gesprächsrunde in Malaysia zwischen USA und China: erster Tag?', 'de')).toMatch(/Handelsgespräche zwischen den USA und China in Kuala Lumpur/);
  });
});

describe('places in a ranking asked as a run', () => {
  it('gives every place from the first to the last asked', () => {
    expect(lead('Lithium reserves: who is second, third and fourth?', 'en')).toMatch(/^Places 2 to 4 for reserves of lithium .*: Australia with 8\.4 million t, China with 4\.6 million t and United States with 4\.4 million t\./);
  });
  it('reads "these days" as no word of the reader\'s own', () => {
    expect(lead('Congo leads on cobalt reserves, fine. Who follows in second place these days?', 'en')).toMatch(/^Australia ranks second for reserves of cobalt/);
  });
});

describe('countries listed before a question of who comes next', () => {
  it('ranks the next country after them', () => {
    expect(lead('Lithium reserves: Chile and Australia lead. Which country comes next?', 'en')).toMatch(/^China ranks third for reserves of lithium .* with 4\.6 million t/);
    expect(lead('Cobalt reserves: Congo, Australia, Russia - then who?', 'en')).toMatch(/^Indonesia ranks fourth for reserves of cobalt/);
    expect(lead('Lithiumreserven: Chile, Australien – und dann?', 'de')).toMatch(/^Platz 3 bei Reserven \(Lithium\).*: China mit 4,6 Mio\. t/);
  });
  it('takes the figure the context names when the question asks only who', () => {
    expect(lead('Indonesia leads nickel mining. Who is next?', 'en')).toMatch(/for mine production of nickel/);
  });
  it('not a comparison of two countries offered with a word of behind', () => {
    // Guard: "vor Kanada oder dahinter" compares the two.
    expect(lead('Nickelreserven: Liegt Russland vor Kanada oder dahinter?', 'de')).toMatch(/Russland/);
    expect(lead('Nickelreserven: Liegt Russland vor Kanada oder dahinter?', 'de')).not.toMatch(/^Platz/);
  });
});

describe('a ban of another commodity asked as lifted', () => {
  it('is no: suspended, from its own record, in both languages', () => {
    expect(lead('Was the antimony export ban on the US lifted?', 'en')).toMatch(/^No — China suspends its ban on gallium, germanium and antimony exports to the US/);
    expect(lead('Wurde das Germanium-Exportverbot für die USA aufgehoben?', 'de')).toMatch(/^Nein — China setzt sein Exportverbot für Gallium, Germanium und Antimon/);
    expect(lead('Hat Peking das Verbot, Gallium in die USA zu liefern, aufgehoben?', 'de')).toMatch(/^Nein — China setzt sein Exportverbot/);
  });
  it('the rare-earth controls asked as lifted still answer with each measure', () => {
    // Guard: "ban" alone names no other commodity.
    expect(lead("Was China's rare-earth export ban lifted?", 'en')).toMatch(/none of China's rare-earth export controls was lifted/);
  });
});

describe("a yes/no question whose words beyond the event's name its record lacks", () => {
  it('gets no verdict', () => {
    expect(lead('Is the US-Japan framework on critical minerals legally binding?', 'en')).not.toMatch(/^(Yes|No)\b/);
    expect(lead('Ist das Rahmenabkommen zwischen USA und Japan verbindlich?', 'de')).not.toMatch(/^(Ja|Nein)\b/);
    expect(lead('Was the Busan summit between Trump and Xi a success?', 'en')).not.toMatch(/^(Yes|No)\b/);
  });
  it('still one the record states', () => {
    // Guard: the Malaysia MoU's record calls it non-binding.
    expect(lead('Is the critical-minerals MoU with Malaysia binding?', 'en')).toMatch(/^No\b/);
  });
});

describe('a press figure asked as correct after a dash', () => {
  it('checks the figure, not whether the article gave it', () => {
    expect(lead('AFP says Vietnam has 21 million tonnes of rare earth reserves - right?', 'en')).toMatch(/^No — /);
  });
});

describe('whether a press source got something right, asked of nothing but an attribute', () => {
  it('gets no verdict from a figure holding the word', () => {
    expect(lead('Did the AFP piece get the reserves right?', 'en')).not.toMatch(/^(Yes|No)\b/);
  });
});

describe('a yes/no question asking no attribute, about words the figure does not speak of', () => {
  it('gets no verdict from a figure of the country', () => {
    expect(lead('Has China confirmed the soybean figures?', 'en')).not.toMatch(/^(Yes|No)\b/);
  });
});

describe('a year asked of new measures', () => {
  it('gets no yes from measures of another year', () => {
    expect(lead('Hat Peking 2026 neue Exportkontrollen verhängt?', 'de')).not.toMatch(/^Ja\b/);
  });
});
