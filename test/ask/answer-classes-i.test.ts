// Answer classes of the offline question path (issue 10), ninth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';
import { parseQuestion } from '../../src/ask/query/parse.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a price asked with words of time or comparison ("last year", "how much more … than")', () => {
  it('answers from the price list instead of saying the dataset lacks those words', () => {
    expect(lead('Was hat Terbiumoxid im Jahr 2024 im Schnitt pro Kilo gekostet?', 'de')).toMatch(/Terbiumoxid 810/);
    // Only neodymium oxide has a 2025 price: terbium's is honestly not held.
    expect(lead('Was hat Terbiumoxid im vergangenen Jahr gekostet?', 'de')).toMatch(/keine Zahl/);
    expect(lead('Wie viel hat Neodymoxid letztes Jahr gekostet?', 'de')).toMatch(/73/);
    expect(lead('How much more was a kilo of terbium oxide than a kilo of cerium oxide in 2024?', 'en')).toMatch(/terbium oxide 810.*cerium oxide 1\b/);
    expect(lead('Terbiumoxid war 2024 ein Vielfaches teurer als Ceroxid – welche Preise genau?', 'de')).toMatch(/Terbiumoxid 810/);
  });
});

describe('"has it changed between editions?" asked of a sentence, not a figure', () => {
  it('gives the sentence without a yes or no it cannot know', () => {
    expect(lead('Ist der Preis für Terbiumoxid 2024 in der neuen Ausgabe ein anderer als in der alten?', 'de')).not.toMatch(/^(Ja|Nein)\b/);
    expect(lead('Has the 2024 terbium oxide price been revised?', 'en')).toMatch(/^Average rare-earth prices in 2024/);
    expect(lead('Was the terbium oxide price for 2024 corrected?', 'en')).toMatch(/^Average rare-earth prices in 2024/);
  });
});

describe('a quoted figure asked to be out of date ("is that outdated?", "ist das überholt?")', () => {
  it('says yes when the dataset’s figure differs, no when it is the same', () => {
    expect(parseQuestion('Brazil 21 million tonnes of reserves in that piece - outdated?', dataset(), 'en').outdated).toBe(true);
    expect(lead('A blog still gives Brazil 21 million tonnes of rare earth reserves. Is that outdated?', 'en')).toMatch(/^Yes — Brazil — reserves of rare earths: 11 million t/);
    expect(lead('A blog gives Brazil 21 million tonnes of rare earth reserves. Is that correct?', 'en')).toMatch(/^No — Brazil/);
    expect(lead('Im Artikel stehen für Russland 3,8 Millionen Tonnen Reserven – ist das überholt?', 'de')).toMatch(/^Nein — Russland/);
  });
});

describe('a continent asked ("in Südamerika", "Nordamerkia", "in Oceania apart from Australia")', () => {
  it('is one word, not a compound of a direction and the USA’s "Amerika", and is read through a typo', () => {
    expect(parseQuestion('Welches Land in Südamerika fördert das meiste Lithium?', dataset(), 'de').region).toBe('south-america');
    expect(parseQuestion('Welches Land in Südamerika fördert das meiste Lithium?', dataset(), 'de').subjects.countries).toEqual([]);
    expect(parseQuestion('Wer hat in Südamerkia die größten Nickelreserven?', dataset(), 'de').region).toBe('south-america');
  });
  it('ranks the continent’s countries, a country put out of it excepted, not an event’s place', () => {
    expect(lead('Welches Land in Südamerika hat die größten Kupferreserven oder Lithiumreserven?', 'de')).toMatch(/Südamerika.*1\. Chile/);
    expect(lead('Where in Oceania, apart from Australia, is cobalt mined?', 'en')).toMatch(/^Papua New Guinea/);
    // "South Africa" names a country, not the continent.
    expect(parseQuestion('How much platinum does South Africa mine?', dataset(), 'en').region).toBeUndefined();
    expect(parseQuestion('Wie groß sind Südafrikas Seltenerdreserven?', dataset(), 'de').region).toBeUndefined();
  });
});

describe('a range whose first number already holds its scale ("zwischen 500.000 und einer Million Tonnen")', () => {
  it('keeps the first number as typed; a shared scale still applies to both ("between one and two million")', () => {
    expect(parseQuestion('Welche Länder haben zwischen 700.000 und einer Million Tonnen Seltenerdreserven?', dataset(), 'de').range).toEqual([700_000, 1_000_000]);
    expect(parseQuestion('Which countries hold between one and two million tonnes of rare earth reserves?', dataset(), 'en').range).toEqual([1_000_000, 2_000_000]);
    expect(lead('Welche Länder haben zwischen 700.000 und einer Million Tonnen Seltenerdreserven?', 'de')).toMatch(/Tansania 890\.000 t.*Malaysia 710\.000 t\.$/);
  });
});

describe('"help" beside a subject ("technology help by Chinese nationals") is no request for the bot’s help', () => {
  it('answers the subject; "help" alone still gets the help', () => {
    expect(lead('What did Beijing rule on rare earth technology help by Chinese nationals abroad?', 'en')).toMatch(/No\. 62/);
    expect(lead('help', 'en')).toMatch(/I am Lodestone/);
  });
});

describe('a share asked beside its figure’s word ("supplies … what share?"), and the words of share and capacity', () => {
  it('answers the share, not the tonnage', () => {
    expect(lead('Indonesia supplies a lot of the world’s cobalt — what share did it have in 2024?', 'en')).toMatch(/^Indonesia — share of world mine production of cobalt 2024/);
    expect(lead('What slice of world rare earth mining did China have last year?', 'en')).toMatch(/69/);
  });
  it('reads "flat out" and "auf Volllast" as capacity', () => {
    expect(lead('How much gallium could China make running flat out?', 'en')).toMatch(/capacity of gallium/);
    expect(lead('Wie viel Gallium könnte China auf Volllast herstellen?', 'de')).toMatch(/Kapazität \(Gallium\)/);
  });
});

describe('a country’s adjective right before a mineral when a figure is asked ("Russian cobalt mine supply")', () => {
  it('names that country, while one before other things stays a word ("Chinese goods")', () => {
    expect(lead('Indonesian nickel mine supply in 2024?', 'en')).toMatch(/^Indonesia — mine production of nickel in 2024/);
    expect(lead('Chinese gallium output in 2024, please', 'en')).toMatch(/^China — mine production of gallium in 2024/);
  });
});

describe('German yes/no after a dash opening with a verb whose form does not show it ("… – lag die über …?")', () => {
  it('answers yes or no against the bound', () => {
    expect(lead('Brasiliens Seltenerdförderung 2024 – lag die über 100 Tonnen?', 'de')).toMatch(/^(Ja|Nein) — Brasilien/);
    expect(lead('Ist Chile 2024 beim Lithium über 100.000 Tonnen gekommen?', 'de')).toMatch(/^Nein — Chile — Bergwerksförderung \(Lithium\) 2024/);
  });
});

describe('"was element X on the <month> list?" asked without a word of the controls', () => {
  it('is decided by that month’s measure, not by the element being a rare earth', () => {
    expect(lead('Was erbium on the April list?', 'en')).toMatch(/^No — China's export controls on seven/);
    expect(lead('Stand Dysprosium auf der Liste vom April?', 'de')).toMatch(/^Ja — Chinas Exportkontrollen/);
  });
});

describe('a year asked of facts that each state other years ("Trennquote vor drei Jahren")', () => {
  it('picks the fact of that year, never saying the year is missing while listing it', () => {
    expect(lead('What was China’s separation quota three years ago?', 'en')).toMatch(/^China's 2023 rare-earth quotas/);
    expect(lead('China’s rare earth quota in 2023?', 'en')).toMatch(/2023 rare-earth quotas: mining 240,000 t/);
  });
});

describe('uses of a group asked for one country ("in den USA")', () => {
  it('leads with that country’s own sentence on uses, named with the country', () => {
    expect(lead('What are rare earths mainly used for in the US?', 'en')).toMatch(/^United States — The leading domestic end use was catalysts/);
    expect(lead('Wozu braucht man Seltene Erden in den Vereinigten Staaten vor allem?', 'de')).toMatch(/^Vereinigte Staaten — Wichtigste Verwendung im Inland waren Katalysatoren/);
  });
});

describe('a question after a dash with context before it ("… ist im Gespräch – wie viel …?")', () => {
  it('asks what its own words ask; an event’s words in the context say only what it is about', () => {
    const p = parseQuestion('Nach dem Gipfel in Busan ist Grönland wieder Thema – wie viel Seltene Erden liegen dort in Reserve?', dataset(), 'de');
    expect(p.polar).toBe(false);
    expect(p.attributes.map((h) => h.attribute.id)).toEqual(['reserves']);
    expect(lead('Since the Tokyo deal everyone talks about Kazakhstan - how large are its rare earth reserves?', 'en')).toMatch(/^The dataset has no figure for that/);
  });
  it('keeps a figure named as the topic before the dash ("Lithiumförderung: wer liegt auf Platz vier")', () => {
    expect(parseQuestion('Kobaltförderung: wer liegt auf Platz zwei?', dataset(), 'de').attributes.map((h) => h.attribute.id)).toContain('production');
  });
});

describe('critical minerals the dataset holds no figures for ("titanium", "Niob")', () => {
  it('says so instead of refusing them as off the beat', () => {
    expect(lead('How much titanium does China mine?', 'en')).toMatch(/^The dataset has no figure for that \(titanium\)/);
    expect(lead('Wie viel Niob fördert Brasilien?', 'de')).toMatch(/^Dazu hat der Datensatz keine Zahl \(Niob\)/);
  });
});

describe('the controlled elements of one class ("how many of those under licensing are heavy?")', () => {
  it('counts and names the intersection, the rest after it', () => {
    expect(lead('How many of the rare earths under Chinese export licensing are heavy ones?', 'en')).toMatch(/^8 of the 12 rare earths in China's export-control measures are heavy rare earths under the USGS convention: Yttrium \(Y\)/);
    expect(lead('Wie viele der von China kontrollierten Seltenen Erden sind leichte?', 'de')).toMatch(/^3 der 12 Seltenen Erden in Chinas Exportkontrollen zählen nach USGS-Konvention zu den leichten: Samarium/);
  });
});

describe('"where" of an element with no event named ("in the periodic table", "where else is it used")', () => {
  it('asks the element’s own field; "where was it put under control" still asks the measure’s place', () => {
    expect(lead('Where does erbium sit in the periodic table?', 'en')).toMatch(/^Erbium \(Er\) has atomic number 68/);
    expect(lead('An welcher Stelle im Periodensystem steht Ytterbium?', 'de')).toMatch(/Ordnungszahl 70/);
    expect(lead('Where else is terbium used?', 'en')).toMatch(/^Terbium \(Tb, 65\) — Uses/);
    expect(lead('Where was dysprosium put under export control?', 'en')).toMatch(/^Beijing/);
  });
});

describe('a country gone from or new in a USGS table between its two newest editions', () => {
  it('names the rows dropped and added, each with its figure', () => {
    expect(lead('Which country replaced Namibia in the newest lithium production table?', 'en')).toMatch(/^USGS MCS 2026 \(v1\.0\), mine production of lithium: no longer lists Namibia \(USGS MCS 2025: 2,700 t .*newly lists Mali/);
    expect(lead('Fehlt Neukaledonien in der neuen Kobalttabelle?', 'de')).toMatch(/^USGS MCS 2026 \(v1\.0\), Bergwerksförderung \(Kobalt\): nicht mehr aufgeführt: Neukaledonien/);
  });
  it('leaves a country in both tables to its figure', () => {
    expect(lead('Is Chile missing from the lithium production table?', 'en')).not.toMatch(/no longer lists/);
  });
});

describe('two questions of "when" in one message ("When …, and when did Beijing …?")', () => {
  it('answers both dates first when the second names its own subject', () => {
    expect(lead('When was Takaichi elected, and when did Trump and Xi meet in Busan?', 'en')).toMatch(/^21 Oct 2025: .*30 Oct 2025: Trump–Xi meeting/);
    expect(lead('Wann wurde die Erklärung von Kuala Lumpur unterzeichnet, und wann hat China die Oktober-Kontrollen ausgesetzt?', 'de')).toMatch(/^26\. Okt\. 2025: .*7\. Nov\. 2025: China setzt/);
  });
  it('reads the message whole when the second asks more of the first ("… und welcher Wochentag war das?")', () => {
    expect(lead('An welchem Tag endete der APEC-Gipfel in Gyeongju, und welcher Wochentag war das?', 'de')).toMatch(/Samstag/);
  });
});

describe('one event named with a field of it asked beside "timeline" ("for a timeline I need the date of …")', () => {
  it('answers the field; "timeline" alone still lists the events', () => {
    expect(lead('For my timeline I need the date of the Gyeongju APEC summit.', 'en')).toMatch(/^31 Oct – 1 Nov 2025/);
    expect(lead('Show me the timeline of events', 'en')).toMatch(/^Timeline|events/);
  });
});

describe('what became of one part of an agreement, asked in more words than the part holds', () => {
  it('leads with the clause holding two of the question’s words ("100%", "tariff")', () => {
    expect(lead('There was talk of a 100% tariff on Chinese imports - what became of it under the fact sheet?', 'en')).toMatch(/: the planned 100% tariff was dropped\.$/);
  });
});

describe('one word of a fact’s topic among words the dataset does not know ("a birthday gift for my sister")', () => {
  it('gets the scope note, while the fact’s own question is answered', () => {
    expect(lead('Ideas for a birthday gift for my sister?', 'en')).toMatch(/^Sorry, that is outside what I cover/);
    expect(lead('What gift did Takaichi announce for Washington?', 'en')).toMatch(/250 cherry trees/);
  });
});

describe('a yes/no question asking more of an element than its being a rare earth', () => {
  it('gets no "Yes" from the element being one of the 17', () => {
    expect(lead('Stand Erbium schon auf Pekings Märzliste?', 'de')).not.toMatch(/^Ja\b/);
    expect(lead('Is erbium part of the Japanese stockpile?', 'en')).not.toMatch(/^Yes — Erbium \(Er, 68\) is one of the 17/);
    expect(lead('Is erbium a rare earth?', 'en')).toMatch(/^Yes — Erbium \(Er, 68\) is one of the 17 rare-earth elements/);
  });
});

describe('a share bound checked against a sentence listing a share per year', () => {
  it('takes the year asked (a span holds each of its years), else the newest year', () => {
    expect(lead('Is the US still more than 90 percent reliant on imports of rare earth compounds?', 'en')).toMatch(/^No — MCS 2026 gives 53% for 2024 and 67% for 2025/);
    expect(lead('Was US net import reliance above 90% in 2022?', 'en')).toMatch(/^Yes — .*more than 95% in 2021–2023/);
    expect(lead('Lag die Importabhängigkeit der USA 2025 über 60 Prozent?', 'de')).toMatch(/^Ja — .*67 % für 2025/);
  });
  it('names the span’s years when another year is asked', () => {
    expect(lead('What was US import reliance for rare earth compounds in 2019?', 'en')).toMatch(/2020, 2021, 2022, 2023, 2024(,)? and 2025|2020 .*2025/);
  });
});

describe('the sentence of a fact holding the asked attribute’s own phrases leads', () => {
  it('"how dependent … on imports" leads with the import reliance, not the net-exporter sentence', () => {
    expect(lead('How dependent is the United States on rare earth imports?', 'en')).toMatch(/^US net import reliance/);
    expect(lead('Is the US a net exporter of rare earth concentrates?', 'en')).toMatch(/^Yes — The United States is a net exporter/);
  });
});

describe('a month glued into a German compound ("Aprilliste", "Oktoberkontrollen")', () => {
  it('is read as that month', () => {
    expect(parseQuestion('Stand Dysprosium auf der Aprilliste?', dataset(), 'de', new Date('2026-11-29T09:00:00Z')).time?.start).toBe('2025-04-01');
    expect(lead('Stand Erbium auf der Aprilliste?', 'de')).toMatch(/^Nein — Chinas Exportkontrollen für sieben/);
  });
});
