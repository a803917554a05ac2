// Answer classes of the offline question path (issue 10), continued: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';
import { semicolonItems } from '../../src/ask/query/sentences.js';
import { correctAttributeTypos } from '../../src/ask/query/typos.js';

const dataset = useDataset();
const { ask, lead } = offlineAsker(dataset);

describe("an element's own note states the asked attribute in its own words", () => {
  it('"output" and "produce" are stated by the note\'s "production"', () => {
    expect(lead("What's global yttrium oxide output?", 'en')).toMatch(/^Yttrium: .*15,000–20,000 t/);
  });
  it('a price word is no production word: the note on output does not answer a price', () => {
    expect(lead('What does a kilo of yttrium oxide cost?', 'en')).toMatch(/no figure/);
  });
});

describe('a question in context that names nothing itself', () => {
  it('takes its subject from the context and asks its own attribute', () => {
    expect(lead('Prepping a note on yttrium. Which countries produce most of it?', 'en')).toMatch(/China and Burma/);
  });
  it('with no word of its own ("Is that still so?"), the whole message is read', () => {
    expect(lead('A colleague wrote that China holds 44 million tonnes of rare-earth reserves. Is that still so?', 'en')).toMatch(/44,000,000 t|44 million/);
  });
});

describe('a ";" inside parentheses', () => {
  it('separates notes on one item, not items: a lead never opens with half a note', () => {
    expect(semicolonItems('Projects: A at X (10% of gallium; backed by B), and C at Y (5%); D follows.')).toEqual([
      'Projects: A at X (10% of gallium; backed by B), and C at Y (5%)', 'D follows.',
    ]);
    expect(lead('Where is the Nolans rare-earth project located?', 'en')).not.toMatch(/^[a-z\p{Lu}][^(]*\)/u);
  });
});

describe('an answer must name the particular name asked about', () => {
  it('a project named in the question is answered from its own sentence, not with a neighbouring share', () => {
    const reply = lead("What share of global rare earths could Arafura's Nolans supply?", 'en');
    expect(reply).toMatch(/Nolans/);
    expect(reply).toMatch(/5% of global rare earths/);
    expect(reply).not.toMatch(/69%/);
  });
});

describe('events pinned by their day', () => {
  it('the only event of the day, named by a word of its place or a participant', () => {
    expect(lead("What was on Trump's schedule in Tokyo on 27 October 2025?", 'en')).toMatch(/Naruhito/);
  });
  it('"which event" on a day is that day\'s event, not the whole timeline', () => {
    expect(lead('Which event took place on 21 October 2025 in Japan?', 'en')).toMatch(/Takaichi/);
  });
  it('"took effect" and "in Kraft getreten" ask what happened', () => {
    expect(lead('What took effect on 10 November 2025?', 'en')).toMatch(/tariff cut/);
    expect(lead('Welche Regeln sind am 10. November 2025 in Kraft getreten?', 'de')).toMatch(/Zollsenkung/);
  });
});

describe('table marks that are also country codes', () => {
  it('"NA" in a question about the tables is "not available", not Namibia', () => {
    const reply = ask('What does NA mean in the USGS table?', 'en');
    expect(reply).toMatch(/NA = not available/);
    expect(reply).not.toMatch(/Namibia/);
  });
});

describe('production capacity is a figure of its own', () => {
  it('answers from the capacity table, not the production table', () => {
    expect(lead("What is Russia's gallium production capacity?", 'en')).toMatch(/^Russia — capacity of gallium in 2025: 10,000 kg/);
    expect(lead('Galliumkapazität Japan', 'de')).toMatch(/^Japan — Kapazität \(Gallium\) 2025: 10\.000 kg/);
  });
  it('a capacity the tables do not hold is "no figure", first', () => {
    expect(lead("Australia's rare earth capacity", 'en')).toMatch(/^The dataset has no figure for that/);
  });
});

describe("a mineral's note answers only for the countries it names", () => {
  it('the US lithium note says nothing of another country', () => {
    expect(ask('How much lithium did Namibia mine in 2025?', 'en')).not.toMatch(/withheld/);
  });
  it('a figure asked for that the note gives no number for stays "no figure", the note after it', () => {
    const reply = ask('US lithium production 2025?', 'en');
    expect(reply.split('\n')[0]).toMatch(/^The dataset has no figure for that/);
    expect(reply).toMatch(/withheld/);
  });
});

describe('opinions and guesses are forecasts the dataset does not hold', () => {
  it('"do you think" / "glaubst du" get no figure, not the current measures', () => {
    expect(lead('Do you think Beijing will bring back the suspended controls?', 'en')).toMatch(/no figure.*forecasts/);
    expect(lead('Meinst du, China verschärft die Exportkontrollen wieder?', 'de')).toMatch(/keine Zahl.*Prognosen/);
  });
});

describe('a yes/no about a place in a ranking, answered "no"', () => {
  it('says where the country asked about stands, with its figure', () => {
    const reply = ask('Does Russia hold the second-largest rare earth reserves?', 'en');
    expect(reply.split('\n')[0]).toMatch(/^No — Brazil ranks second/);
    expect(reply).toMatch(/Russia ranks fourth with 3\.8 million t/);
    expect(ask('Gehört Indien zu den drei größten Förderländern Seltener Erden?', 'de')).toMatch(/Indien liegt auf Platz \d+ mit/);
  });
});

describe('"us" opening a message is the United States; "tell us" is not', () => {
  it('reads the country only where no pronoun can stand', () => {
    expect(lead('us cobalt reserves', 'en')).toMatch(/^United States/);
    expect(lead('tell us the cobalt reserves', 'en')).not.toMatch(/^United States/);
  });
});

describe('a yes/no about a revision reads its direction', () => {
  it('"raised" is no when the figure went down, "cut" is yes', () => {
    expect(lead('Has USGS increased the world rare earth reserves figure?', 'en')).toMatch(/^No — World — reserves of rare earths: more than 75 million t/);
    expect(lead('Hat der USGS die Seltenerdreserven Brasiliens gesenkt?', 'de')).toMatch(/^Ja — Brasilien — Reserven \(Seltene Erden\): 11 Mio\. t/);
  });
  it('a threshold is no revision: "higher than" compares with the number asked', () => {
    expect(lead("Are Brazil's rare earth reserves higher than 5 million tonnes?", 'en')).toMatch(/^Yes — Brazil/);
  });
});

describe('revisions of a year the newest edition no longer lists', () => {
  it('keep the change between the editions that list it', () => {
    expect(lead("Was Vietnam's 2023 rare earth output revised?", 'en')).toMatch(/2023: 300 t, USGS MCS 2025 \(revised down from 600 t in USGS MCS 2024\)/);
  });
});

describe('"when" about a later step in an event', () => {
  it('takes the date of the clause holding the asked word, not the event day', () => {
    expect(lead('When did Trump and Xi ratify the KL consensus?', 'en')).toMatch(/^30 Oct 2025/);
  });
});

describe('lower-case codes of minerals and answer-type nouns', () => {
  it('"ree" is rare earths; "city" asks nothing the dataset lacks', () => {
    expect(lead('china ree production 2024', 'en')).toMatch(/^China — mine production of rare earths in 2024: 270,000 t/);
    expect(lead('Which city hosts APEC in 2026?', 'en')).toMatch(/Shenzhen/);
  });
});

describe('misspelt attribute words', () => {
  it('read as the word one edit away, when only one attribute has such a word', () => {
    expect(lead('australia producton 2025', 'en')).toMatch(/^Australia — mine production of rare earths in 2025/);
    expect(lead('Reservn Brasilien', 'de')).toMatch(/^Brasilien — Reserven \(Seltene Erden\)/);
  });
  it('leave words the dataset or the vocabulary know alone', () => {
    expect(correctAttributeTypos(dataset(), ['summit', 'reserves', 'gyeongju'], 'en')).toEqual(['summit', 'reserves', 'gyeongju']);
  });
});

describe('"where in <country>" asks a place the tables do not give', () => {
  it('the sentence of that country\'s fact holding the words asked', () => {
    expect(lead('Where in the US is rare earth ore mined?', 'en')).toMatch(/Mountain Pass, California/);
  });
});

describe("a trip's stops in order", () => {
  it('the stop before or after the one named, by country or by place', () => {
    expect(lead('Where was Trump right before his Japan visit?', 'en')).toMatch(/Kuala Lumpur/);
    expect(lead('Where did the president head after Tokyo?', 'en')).toMatch(/Gyeongju/);
    expect(lead('Wohin reiste Trump nach seinem Besuch in Tokio?', 'de')).toMatch(/Gyeongju/);
  });
  it('"after" in a ranking or a date question is no trip', () => {
    expect(lead('biggest rare earth reserves after China', 'en')).toMatch(/^Brazil ranks second/);
    expect(lead('When did Thailand and Cambodia sign their declaration after the border clashes?', 'en')).not.toMatch(/Naruhito|Gyeongju/);
  });
});

describe('"miner" is a producer', () => {
  it('"the biggest miner apart from China" ranks production', () => {
    expect(lead('Who is the biggest rare earth miner apart from China?', 'en')).toMatch(/^United States ranks second for mine production/);
  });
});

describe('a price asked against a sum', () => {
  it('yes or no from the element\'s price in the list', () => {
    expect(lead('Does terbium oxide cost more than $600 per kg?', 'en')).toMatch(/^Yes — /);
    expect(lead('Ist Neodymoxid billiger als 50 Dollar je Kilogramm?', 'de')).toMatch(/^Nein — /);
  });
});

describe('weekdays', () => {
  it('a weekday named in a yes/no about an event is checked against its date', () => {
    expect(lead('Did Trump and Xi meet on a Wednesday in Busan?', 'en')).toMatch(/^No — Thursday, 30 Oct 2025: Trump–Xi meeting in Busan/);
    expect(lead('War das Treffen von Trump und Xi in Busan an einem Donnerstag?', 'de')).toMatch(/^Ja — Donnerstag, 30\. Okt\. 2025/);
  });
  it('"which day of the week" puts the weekday before the date', () => {
    expect(lead('On which day of the week did Trump and Xi meet in Busan?', 'en')).toMatch(/^Thursday, 30 Oct 2025/);
  });
});
