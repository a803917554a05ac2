// Answer classes of the offline question path (issue 10), each with sentences of its own: sentence
// splitting that keeps figures and dates whole, honest "not in the dataset", yes/no with the reason,
// dates and clauses inside event texts, and German replies in German.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';
import { splitSentences } from '../../src/ask/query/sentences.js';
import { verbStem } from '../../src/ask/query/text.js';

const dataset = useDataset();
const { ask, lead } = offlineAsker(dataset);


describe('sentences', () => {
  it('keep ordinal dates, abbreviations and initials inside their sentence', () => {
    expect(splitSentences(dataset(), 'Die Regel gilt ab 1. Dezember 2025. Japan sagte 550 Mrd. Dollar zu. Das gilt z. B. für Magnete.')).toEqual([
      'Die Regel gilt ab 1. Dezember 2025.', 'Japan sagte 550 Mrd. Dollar zu.', 'Das gilt z. B. für Magnete.',
    ]);
    expect(splitSentences(dataset(), 'The U.S. signed Announcement No. 7 on 3 May. It ended.')).toEqual(['The U.S. signed Announcement No. 7 on 3 May.', 'It ended.']);
  });
});

describe('answers inside event texts', () => {
  it('a "when" question about something the text dates leads with that date, not the event day', () => {
    expect(lead('From when do the 0.1% clauses for foreign-made items apply?')).toContain('1 December 2025');
    expect(lead('When would Trump go and visit China?')).toContain('April 2026');
    expect(lead('When did Trump and Xi meet?')).toMatch(/^30 Oct 2025/);
  });

  it('a question about one part of an agreement gets that part first', () => {
    expect(lead('What did Japan and the US agree on geological mapping?')).toMatch(/: joint geological mapping\.$/);
    expect(lead('Was vereinbarten die USA und Japan zur Kartierung?', 'de')).toMatch(/gemeinsame geologische Kartierung\.$/);
  });
});

describe('honest "not in the dataset"', () => {
  const NONE = /no figure|keine Zahl|keinen Eintrag/;
  it('a count the dataset does not hold ("how many jobs") about a named deal is "no figure", not the deal', () => {
    expect(lead('How many workers will the Japan deal employ?')).toMatch(NONE);
    expect(lead('Wie viele Arbeitsplätze bringt das Abkommen der USA mit Australien?', 'de')).toMatch(NONE);
    expect(lead('How many jobs will the Malaysia MoU bring?')).not.toMatch(/\d/);
  });

  it('a price the dataset does not hold is "no figure", not the rare-earth price list', () => {
    for (const q of ['How much does lithium cost per kilo?', 'What is the price of samarium?', 'What do NdFeB magnets cost?']) {
      expect(lead(q)).toMatch(NONE);
      expect(lead(q)).not.toMatch(/\d/);
    }
    expect(lead('Was kostet das Mount-Weld-Projekt?', 'de')).toMatch(/keinen Eintrag \(Preise: Mount-Weld-Projekt\)/);
    expect(lead('How much did dysprosium oxide cost?')).toContain('dysprosium oxide 260');
  });

  it('a fact about another mineral or country never answers', () => {
    expect(lead('How dependent is Japan on rare earth imports?')).toMatch(NONE);
    expect(lead('China share of world rare earth output in 2018')).toMatch(NONE);
    expect(lead('Anteil Chinas an der weltweiten Förderung 2024', 'de')).toMatch(/^China — Anteil .* 2024: \d+ %/);
  });

  it('no table row, but a fact about that very country and mineral: the fact answers; a figure asked for is "no figure" first, the fact after it', () => {
    expect(lead('Where in Germany are there rare earths?')).toMatch(/Saxony/);
    expect(ask('Where in Germany are there rare earths?')).not.toMatch(/no figure/);
    const asked = ask('How much rare earth does Germany produce?');
    expect(asked.split('\n')[0]).toMatch(/^The dataset has no figure for that/);
    expect(asked).toMatch(/Saxony/);
    expect(lead('Wie groß sind Chinas Germaniumreserven?', 'de')).toMatch(/^Dazu hat der Datensatz keine Zahl: .*Germanium/);
  });

  it('a row without a number says so, with the same record\'s earlier figure when there is one', () => {
    expect(lead('Madagascar reserves of rare earths')).toMatch(/^The dataset has no figure for that: .* Madagascar .*not available/);
    expect(lead('Reserven Indien', 'de')).toMatch(/^Indien — .*nicht verfügbar in USGS MCS 2026.*; USGS MCS 2025 nannte 6,9 Mio\. t\./);
  });
});

describe('yes/no questions answer yes or no first', () => {
  it('comparisons, thresholds and rankings of figures', () => {
    expect(lead('Does Vietnam hold more rare earth reserves than Brazil?')).toMatch(/^No — .*Brazil has more/);
    expect(lead('Does Vietnam hold fewer rare earth reserves than Brazil?')).toMatch(/^Yes — /);
    expect(lead('Does China mine more than 100,000 t of rare earths?')).toMatch(/^Yes — China/);
    expect(lead('Is Australia the largest lithium producer?')).toMatch(/^Yes — .*1\. Australia/);
    expect(lead('Is Chile the largest lithium producer?')).toMatch(/^No — .*1\. Australia/);
  });

  it('German questions opening with a verb are yes/no questions', () => {
    expect(lead('Produziert Kanada Seltene Erden?', 'de')).toMatch(/^Nein — Kanada/);
    expect(lead('Besitzt Brasilien weniger Reserven als China?', 'de')).toMatch(/^Ja — /);
  });

  it('a sentence negating what was asked answers "no", a negated question agreeing with it "yes"; a person it does not name settles nothing', () => {
    expect(lead('Ist die Absichtserklärung der USA mit Malaysia verbindlich?', 'de')).toMatch(/^Nein — /);
    expect(lead('Is the MoU with Malaysia non-binding?')).toMatch(/^Yes — /);
    expect(lead('Does promethium occur in nature?')).toMatch(/^No — /);
    expect(lead('Did Albanese attend the APEC leaders\' meeting?')).not.toMatch(/^(Yes|No)\b/);
  });

  it('a person named in a yes/no question about an event: the sentence about them settles it, read only in the part naming them', () => {
    expect(lead('Did Trump attend the APEC leaders\' meeting?')).toMatch(/^No — .*Trump skipped/);
    expect(lead('Did Xi attend APEC in Gyeongju?')).toMatch(/^Yes — .*Xi Jinping/);
    // A list of the month's events states nothing about one person: no "Ja" from it.
    expect(lead('Hat Trump am APEC-Gipfel in Gyeongju teilgenommen?', 'de')).not.toMatch(/^(Ja|Nein)\b/);
    // "Trump skipped …; Bessent attended": no "no" about Bessent.
    expect(lead('Did Bessent go to the APEC leaders\' meeting?')).not.toMatch(/^No\b/);
  });

  it('German verb forms meet their participle ("schenkt" ~ "geschenkt"); a body\'s words ("US delegation") are no person\'s name', () => {
    expect(verbStem('geschenkt', 'de')).toBe(verbStem('schenkt', 'de'));
    expect(verbStem('schenken', 'de')).toBe(verbStem('schenkt', 'de'));
    expect(lead('Schenkt Japan den USA Kirschbäume?', 'de')).toMatch(/^Ja — /);
    expect(lead('Is the US a net exporter of mineral concentrates of rare earths?')).toMatch(/^Yes — /);
  });
});

describe('readers\' words and the commodity asked', () => {
  it('US import shares and values asked in readers\' words: the import sources and the value fact, not "no figure"', () => {
    expect(lead('What percent of US imports of rare earths come from Estonia?')).toMatch(/Estonia 5%/);
    expect(lead('Wie viel Prozent der US-Importe kommen aus Malaysia?', 'de')).toMatch(/Malaysia 13 %/);
    expect(ask('Was waren die Seltenerdkonzentrate der USA wert?', 'de')).toMatch(/260 Mio\. Dollar/);
  });

  it('a commodity with its own fact but no table gets that fact, never the rare-earth figure', () => {
    expect(lead('How large are Russia\'s germanium reserves?')).toMatch(/germanium/i);
    expect(ask('How large are Russia\'s germanium reserves?')).not.toMatch(/million t/);
  });

  it('a price for a year only counts when the asked element has one that year', () => {
    expect(lead('europium oxide price in 2025')).toMatch(/no figure/);
    expect(lead('Neodymoxid Preis 2025', 'de')).toContain('73 Dollar/kg');
  });

  it('synonyms of the texts\' words, and the numbers of a range, find the sentence', () => {
    expect(lead('Was regelt die Ankündigung Nr. 57?', 'de')).toMatch(/Holmium/);
    expect(lead('What does announcement 56 cover?')).toMatch(/No\. 56: rare-earth production equipment/);
  });

  it('how many elements are controlled: the counts first, per measure', () => {
    expect(lead('How many elements has China placed under export controls?')).toMatch(/^12 of the 17 rare earths .*— 7: Sm, Gd, Tb, Dy, Lu, Sc, Y/);
    expect(lead('Wie viele Elemente unterliegen Chinas Exportkontrollen?', 'de')).toMatch(/^12 der 17 Seltenen Erden/);
  });
});

describe('statements tagged for confirmation are yes/no questions', () => {
  it('a closing tag ("right", "oder") gets yes or no first', () => {
    expect(lead('Australia mines more lithium than Chile, right?', 'en')).toMatch(/^Yes/);
    expect(lead('Kanada hat mehr Kobaltreserven als Australien, oder?', 'de')).toMatch(/^Nein/);
  });
  it('an opening tag too ("Stimmt es, dass …")', () => {
    expect(lead('Stimmt es, dass China mehr Seltene Erden fördert als die USA?', 'de')).toMatch(/^Ja/);
  });
  it('a place no text of the dataset holds, asked as where an event was, is "no" with the place', () => {
    expect(lead('The Trump–Xi talks took place in Seoul, correct?', 'en')).toMatch(/^No — .*Busan/);
  });
});

describe('the USGS tables and their marks', () => {
  it('what USGS and MCS are, and when an edition came out', () => {
    expect(ask('what is the USGS anyway', 'en')).toMatch(/U\.S\. Geological Survey/);
    expect(ask('When did the 2025 MCS come out?', 'en')).toMatch(/31 Jan(uary)? 2025/);
    expect(ask('Wann ist die MCS 2026 erschienen?', 'de')).toMatch(/6\. Feb(ruar|\.) 2026/);
  });
  it('what REO and the marks in the tables mean', () => {
    expect(ask('what does REO mean', 'en')).toMatch(/rare-earth oxide/);
    expect(ask('Was bedeutet W in den Tabellen?', 'de')).toMatch(/nicht veröffentlicht/);
  });
});

describe("a named element's own note answers before 'no figure'", () => {
  it('yes or no from the clause holding the word asked', () => {
    expect(lead('is promethium radioactive', 'en')).toBe('Yes — Promethium: radioactive and essentially absent in nature.');
    expect(lead('Kommt Promethium in der Natur vor?', 'de')).toMatch(/^Nein — Promethium: /);
  });
  it('a word the note does not hold stays "no figure"', () => {
    expect(lead('how much promethium is mined a year', 'en')).toMatch(/no figure/);
  });
});

describe('rare earths looked up by a use, with no attribute word', () => {
  it('the elements whose uses hold all the words found in uses', () => {
    expect(lead('Neutronenabsorber im Reaktor: welche Seltenen Erden nimmt man', 'de')).toMatch(/^Seltene Erden für Neutronenabsorber in Kernreaktoren: Samarium \(Sm\) und Gadolinium \(Gd\)/);
    expect(lead('luminous paint — which rare earth element goes in there', 'en')).toMatch(/Promethium/);
  });
});

describe('a question inside a chat message', () => {
  it('the sentence that asks is read alone; the context only names what it is about', () => {
    expect(lead('Is promethium radioactive? asking for a friend', 'en')).toMatch(/^Yes — Promethium/);
    expect(lead('Building a lithium chart. Argentina vs Chile output in 2024?', 'en')).toMatch(/Lithium/);
  });
  it('a colon keeps its topic with the question ("cobalt reserves: Cuba or the Philippines?")', () => {
    expect(lead('cobalt reserves: Cuba or the Philippines?', 'en')).toMatch(/Reserves \(Cobalt\)/);
  });
});
describe('jobs and employment are figures the dataset does not hold', () => {
  it('"how many people work in …" is no figure, not the production', () => {
    expect(lead('how many people work in rare earth mining in australia', 'en')).toMatch(/no figure/);
    expect(lead('Wie viele Menschen arbeiten in Chinas Seltenerdbergbau?', 'de')).toMatch(/keine Zahl/);
  });
});

describe('yes/no with a quantity beside another figure', () => {
  it('"15 % tariff, 550 billion" states two figures, not 15 of 550', () => {
    expect(lead('Stimmt es, dass Japan 550 Milliarden Dollar in den USA investieren will?', 'de')).toMatch(/^Ja — /);
  });
  it('"yes?" closes a question too, and a revision asked of a row shows both editions', () => {
    expect(lead('Argentina lithium output 2024, did USGS revise it', 'en')).toMatch(/revised down from 18,000 t/);
  });
});

describe('a number the question states points at the event and sentence stating it', () => {
  it('"the 24% tariff" leads with the sentence about the 24% tariff', () => {
    expect(lead('So what became of the 24% reciprocal tariff after the Trump–Xi meeting?', 'en')).toMatch(/24% reciprocal tariff/);
  });
});

describe('units after a number are no country codes', () => {
  it('"a 2 MW turbine" is not Malawi, and the element note holding the words answers', () => {
    expect(lead('how much neodymium goes into a 2 MW wind turbine?', 'en')).toMatch(/372 kg/);
  });
});

describe('a request is no yes/no question', () => {
  it('"Can you tell me …" answers, without "Yes —" in front', () => {
    expect(lead('Can you tell me China\'s rare earth reserves?', 'en')).toMatch(/^China — reserves/);
    expect(lead('Kannst du mir sagen, wie groß Chinas Reserven sind?', 'de')).toMatch(/^China — Reserven/);
  });
  it('"us" beside a comparison word is the United States', () => {
    expect(lead('us vs china rare earth production 2024', 'en')).toMatch(/United States/);
  });
});
