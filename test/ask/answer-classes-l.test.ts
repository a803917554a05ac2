// Answer classes of the offline question path (issue 10), twelfth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a German question opening with a preposition and a question word ("Seit wann gilt …?")', () => {
  it('is an open question, not a yes/no question read off a verb-like preposition', () => {
    expect(lead('Seit wann gilt die Waffenruhe zwischen Thailand und Kambodscha?', 'de')).not.toMatch(/^(Ja|Nein) —/);
    expect(lead('Seit wann gelten Chinas Exportkontrollen für Dysprosium?', 'de')).toMatch(/^4\. Apr\. 2025/);
  });
});

describe('a date the question asks of something an event’s record dates in passing ("a ceasefire on 28 July")', () => {
  it('answers the date nearest the asked word, of the year the clause states, even before the event’s own date', () => {
    expect(lead('Seit wann gilt die Waffenruhe zwischen Thailand und Kambodscha?', 'de')).toMatch(/^28\. Juli 2025:/);
    expect(lead('Wann begann die Waffenruhe zwischen Thailand und Kambodscha?', 'de')).toMatch(/^28\. Juli 2025:/);
    expect(lead('When did the border clashes between Thailand and Cambodia break out?', 'en')).toMatch(/^July 2025:/);
    expect(lead('Wann ist die thailändische Königinmutter Sirikit gestorben?', 'de')).toMatch(/^24\. Okt\. 2025:/);
  });

  it('never answers with the date the question itself states as context', () => {
    expect(lead('When was the Thailand-Cambodia ceasefire agreed after the July 2025 clashes?', 'en')).toMatch(/^28 Jul 2025:/);
  });

  it('keeps the event’s own date when the question adds nothing the record dates', () => {
    expect(lead('When was the Thailand-Cambodia joint declaration signed?', 'en')).toMatch(/^26 Oct 2025:/);
  });
});

describe('a year written as the USGS tables mark estimates ("2025e")', () => {
  it('is that year, so a year with no measure asks its production', () => {
    expect(lead('Indonesia cobalt, 2025e, in t?', 'en')).toMatch(/^Indonesia — mine production of cobalt in 2025: 44,000 t/);
  });
});

describe('"ahead of" between two countries', () => {
  it('compares them, with both figures', () => {
    expect(lead('Is Russia now ahead of Indonesia in cobalt reserves?', 'en')).toMatch(/^Yes — Reserves \(Cobalt\): Russia 800,000 t .* against Indonesia 760,000 t/);
  });

  it('leaves "ahead" that compares nothing alone', () => {
    expect(lead('Is the truce between the US and China going ahead?', 'en')).not.toMatch(/Reserves/);
    expect(lead('Haben die USA und China im Voraus verhandelt?', 'de')).not.toMatch(/^Nein — Reserven/);
  });
});

describe('two countries compared on a commodity no USGS table of the dataset holds', () => {
  it('answers from the fact naming both, rather than the scope note or another commodity', () => {
    expect(lead('Primärgermanium 2022: Russland oder Belgien – wie viel?', 'de')).toMatch(/6 t auf Russland und 4 t auf Belgien/);
  });

  it('gives no yes or no off that fact, which states figures, not which way a comparison goes', () => {
    expect(lead('Is Belgium ahead of Canada in germanium?', 'en')).not.toMatch(/^Yes/);
  });
});

describe('more than one date asked ("an welchen Tagen?", "zwei Daten")', () => {
  it('gives the dates of the two events found, in order', () => {
    expect(lead('Takaichi: Wahl zur Premierministerin und erste Grundsatzrede – an welchen Tagen?', 'de')).toMatch(/^21\. Okt\. 2025: .*; 24\. Okt\. 2025: /);
    expect(lead('Welche zwei Daten: Wahl von Takaichi und Treffen von Trump und Xi?', 'de')).toMatch(/^21\. Okt\. 2025: .*; 30\. Okt\. 2025: /);
  });

  it('gives an event of several days its own days, and one event’s start and end its own', () => {
    expect(lead('Both dates of the suspension of the October controls, please: when suspended and until when?', 'en')).toMatch(/^7 Nov 2025: .*until 10 Nov 2026/);
    expect(lead('An welchen Tagen fand der APEC-Gipfel statt?', 'de')).toMatch(/^31\. Okt\. – 1\. Nov\. 2025: /);
  });
});

describe('a quota asked by a German compound ("Separationskontingent")', () => {
  it('is the quota, and a year not held is said so', () => {
    expect(lead('Separationskontingent 2025 für chinesische Hütten – Tonnage?', 'de')).toMatch(/^Dazu hat der Datensatz keine Zahl: Abbauquoten für 2025 enthält er nicht, nur für 2023 und 2024/);
  });
});

describe('a yes/no question about a figure USGS does not give for a country', () => {
  it('says there is no figure, not a sentence about the country that speaks of something else', () => {
    expect(lead('Hat Japan Seltenerdreserven?', 'de')).toMatch(/^Dazu hat der Datensatz keine Zahl: Er enthält keine USGS-Zahl zu Reserven/);
    expect(lead('Does Japan have rare earth reserves?', 'en')).toMatch(/^The dataset has no figure for that/);
  });

  it('is still settled by a fact that speaks of the measure asked, or when no measure is asked', () => {
    expect(lead('Gibt es in Deutschland Seltenerdvorkommen?', 'de')).toMatch(/^Ja — .*Vorkommen an Seltenen Erden/);
    expect(lead('Does Germany have rare earths?', 'en')).toMatch(/deposit in northern Saxony/);
  });
});

describe('a region by a German compound or adjective ("Karibikland")', () => {
  it('ranks the countries of that region, with its article in German', () => {
    expect(lead('Welches Karibikland fördert Kobalt?', 'de')).toMatch(/^Größte Bergwerksförderung \(Kobalt\) in der Karibik .*Kuba 2\.000 t/);
    expect(lead('Which Caribbean country mines cobalt?', 'en')).toMatch(/in the Caribbean .*Cuba 2,000 t/);
  });
});

describe('mining said in plain words ("aus dem Boden geholt", "out of the ground")', () => {
  it('asks the production figure', () => {
    expect(lead('Welches Land hat 2023 weltweit am meisten Lithium aus dem Boden geholt?', 'de')).toMatch(/^Größte Bergwerksförderung \(Lithium\) .*1\. Australien 91\.700 t/);
  });
});

describe('a part of a German compound that names the event ("Rahmen" of "Rahmenabkommen")', () => {
  it('is no word the question adds, so the part of the agreement asked leads', () => {
    expect(lead('Was sieht das Rahmenabkommen USA–Japan bei der geologischen Erkundung vor?', 'de')).toMatch(/\): gemeinsame geologische Kartierung\.$/);
  });
});

describe('a price asked in "usd/kg"', () => {
  it('reads the unit as the price’s, not as a word the dataset lacks', () => {
    expect(lead('terbium oxide price 2024 in usd/kg?', 'en')).toMatch(/terbium oxide 810/);
    expect(lead('Tb oxide vs Nd oxide, 2024 average, usd/kg - what\'s the ratio?', 'en')).toMatch(/neodymium oxide 56, .*terbium oxide 810/);
  });
});

describe('a record the question’s names did not find, one of whose clauses holds most of its words', () => {
  it('answers instead of "no figure" for a word of a topic without figures', () => {
    expect(lead('According to the White House, what kind of licences will China issue for rare earth, gallium, germanium, antimony and graphite exports?', 'en'))
      .toMatch(/^White House fact sheet .*general licences/);
  });
});

describe('one item of a long list of terms, asked by a word only that item holds', () => {
  it('leads with that item', () => {
    expect(lead('Tokio-Deal: Was ändert sich bei den Genehmigungen für Minen?', 'de')).toMatch(/\): schnellere Genehmigungen\.$/);
    expect(lead('Was haben Trump und Takaichi in Tokio zum Verkauf von Bergbau- und Verarbeitungsanlagen beschlossen?', 'de')).toMatch(/\): Prüfung von Verkäufen von Vermögenswerten\.$/);
    expect(lead('Busan truce, the farm side: what did China agree to buy?', 'en')).toMatch(/\): China would buy at least 12 million t of soybeans/);
  });

  it('keeps the whole list when the question asks the agreement as a whole', () => {
    expect(lead('What does the US–Japan framework provide for?', 'en')).toMatch(/Financing for selected projects within six months; .*complementary stockpiling/);
  });
});

describe('a count of the records themselves ("how many MoUs were signed in Kuala Lumpur?")', () => {
  it('counts the records of the kind asked, on the day or at the place given, and lists them', () => {
    expect(lead('Wie viele Absichtserklärungen zu kritischen Mineralien haben die USA am 26. Oktober in Kuala Lumpur unterzeichnet?', 'de')).toMatch(/^2: 26\. Okt\. 2025: Handelsabkommen und Absichtserklärung .*; 26\. Okt\. 2025: Absichtserklärung der USA und Thailands/);
    expect(lead('How many MoUs were signed in Kuala Lumpur?', 'en')).toMatch(/^2: /);
    expect(lead('How many agreements did Trump sign in Kuala Lumpur?', 'en')).toMatch(/^3: /);
  });

  it('leaves what is counted inside a record to the record', () => {
    expect(lead('How many prisoners of war will be released under the Kuala Lumpur accord?', 'en')).toMatch(/^18: /);
  });
});

describe('a number a label names ("No. 56")', () => {
  it('counts nothing', () => {
    expect(lead('How many rare earths did China add on 9 October?', 'en')).not.toMatch(/^56:/);
  });
});

describe('a yes/no question comparing two countries', () => {
  it('answers with both figures when a figure is asked, whichever word compares them', () => {
    expect(lead('Liegt Myanmar bei der Förderung vor Australien?', 'de')).toMatch(/^Nein — Bergwerksförderung \(Seltene Erden\): Myanmar \(Birma\) 22\.000 t .* Australien 29\.000 t/);
    expect(lead('Liegt Australien bei der Förderung vor Myanmar?', 'de')).toMatch(/^Ja — /);
  });

  it('is settled by a sentence stating a tonnage beside each country, never by its words alone', () => {
    expect(lead('Does Canada have bigger rare earth resources than the United States?', 'en')).toMatch(/^Yes — .*3\.6 million t in the United States and more than 14 million t in Canada/);
    expect(lead('Is the US ahead of Canada in resources?', 'en')).toMatch(/^No — /);
    expect(lead('Did Belgium produce more germanium than Canada?', 'en')).toMatch(/^No — .*Canada 20 t, .*Belgium 4 t/);
  });
});
