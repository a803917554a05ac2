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

describe('a German year written after the subject', () => {
  it('is when the thing asked happened, not the label of a measure', () => {
    // Guard: a year after an article names the measure.
    expect(lead('Wurden die 2025 verhängten Exportkontrollen ausgesetzt?', 'de')).not.toMatch(/außerhalb meines Themas/);
  });
});

describe('a word of "now" beside a ranking or a state asked', () => {
  it('keeps the verdict of the ranking and the state of the measure', () => {
    // Guards: read as a request, "these days" lost both.
    expect(lead('Is China still the largest producer of rare earths these days?', 'en')).toMatch(/^Yes — /);
    expect(lead('Gelten die Oktober-Kontrollen dieser Tage noch?', 'de')).toMatch(/10\. Nov\. 2026/);
  });
});

describe('a ban of another commodity asked as lifted in words its record does not use', () => {
  it('is no, from its record', () => {
    expect(lead('Wurde die Ausfuhrsperre für Antimon aufgehoben?', 'de')).toMatch(/^Nein — China setzt sein Exportverbot für Gallium, Germanium und Antimon/);
  });
});

describe('a person named in the context of a question asking an attribute', () => {
  it('is not a word the answer must hold', () => {
    // Guard: read as a word of the question, it led with the sentence naming Albanese.
    expect(lead('Albanese flew to Washington. What did he sign there?', 'en')).toMatch(/signed the United States–Australia Framework/);
  });
});

describe('when an event happens again', () => {
  it('is the later date its record plans, not the day it happened', () => {
    expect(lead('When are Xi and Trump going to meet again?', 'en')).toMatch(/^April 2026: /);
    expect(lead('Wann kommen Trump und Xi erneut zusammen?', 'de')).toMatch(/^April 2026: /);
  });
  it('not when the question asks the day it happened', () => {
    // Guard: no word of "again".
    expect(lead('When did Trump and Xi meet in Busan?', 'en')).toMatch(/^30 Oct 2025: /);
  });
});

describe('places in a ranking asked as a list written otherwise', () => {
  it('gives every place of the list', () => {
    expect(lead('Lithiumreserven: wer steht auf Platz zwei, drei und vier?', 'de')).toMatch(/^Platz 2 bis 4 bei Reserven \(Lithium\)/);
    expect(lead('Lithium reserves: who is 2nd, 3rd and 4th?', 'en')).toMatch(/^Places 2 to 4 for reserves of lithium/);
  });
});
