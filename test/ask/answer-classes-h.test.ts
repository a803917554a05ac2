// Answer classes of the offline question path (issue 10), eighth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';
import { parseQuestion } from '../../src/ask/query/parse.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);
const now = new Date('2026-11-29T09:00:00Z');

describe('years counted back from today ("three years ago", "vor vier Jahren", "4 years back")', () => {
  it('reads the year N years before the current one, N in words or digits', () => {
    const year = (q: string, locale: 'en' | 'de'): string | undefined => parseQuestion(q, dataset(), locale, now).time?.start.slice(0, 4);
    expect(year('What did Myanmar mine in rare earths three years ago?', 'en')).toBe('2023');
    expect(year('rare earth output of Australia 4 years back', 'en')).toBe('2022');
    expect(year('Wie viel Kobalt hat Indonesien vor vier Jahren gefördert?', 'de')).toBe('2022');
  });
  it('answers with that year’s figure, or says the year is not held', () => {
    expect(lead('How much rare earth did Myanmar mine three years ago?', 'en')).toMatch(/^Burma \(Myanmar\) .* 2023: /);
    expect(lead('Wie viel Seltene Erden hat Australien vor acht Jahren gefördert?', 'de')).toMatch(/^Dazu hat der Datensatz keine Zahl.*2018/);
  });
});

describe('a country’s adjective right before a figure’s word ("Chinese mines", "australische Reserven")', () => {
  it('names that figure’s country even where an event is found too', () => {
    expect(lead('How much cobalt did Chinese mines produce in 2024?', 'en')).toMatch(/^China — mine production of cobalt in 2024/);
    expect(lead('How much nickel did Chinese mines produce in 2024?', 'en')).toMatch(/^China — mine production of nickel in 2024/);
  });
});

describe('words of approximation ("roughly", "ungefähr") are no topic the dataset lacks', () => {
  it('answers the figure', () => {
    expect(lead('Roughly how big are Vietnam’s rare earth reserves?', 'en')).toMatch(/^Vietnam — reserves of rare earths/);
    expect(lead('Kobalt im Kongo, ungefähr?', 'de')).toMatch(/^Demokratische Republik Kongo — Reserven \(Kobalt\)/);
  });
});

describe('a German fragment opening with a name ("Kobalt im Kongo?") is no yes/no question', () => {
  it('answers the figure without a "Ja"', () => {
    expect(parseQuestion('Kobalt in Kuba?', dataset(), 'de').polar).toBe(false);
    expect(lead('Kobalt in Kuba?', 'de')).toMatch(/^Kuba — Reserven \(Kobalt\)/);
    expect(parseQuestion('Hat Kuba Kobalt?', dataset(), 'de').polar).toBe(true);
  });
});

describe('regions that cover parts of continents ("Latin American", "Nord- und Mittelamerika")', () => {
  it('ranks the countries of South America, Central America and the Caribbean for Latin America', () => {
    const en = lead('Which Latin American country mines the most cobalt?', 'en');
    expect(en).toMatch(/in Latin America .*1\. Cuba/);
    expect(en).not.toMatch(/Canada|United States/);
    expect(lead('Welches Land Lateinamerikas hat die größten Lithiumreserven?', 'de')).toMatch(/in Lateinamerika .*1\. Chile .*2\. Argentinien/);
  });
  it('reads a region named in three words and keeps "America" from being the United States', () => {
    const p = parseQuestion('Who has the largest nickel reserves in North and Central America?', dataset(), 'en');
    expect(p.region).toBe('north-america');
    expect(p.subjects.countries).toEqual([]);
  });
  it('says so when no country of the region is in the table', () => {
    expect(lead('Which Central American country has the largest rare earth reserves?', 'en')).toMatch(/^No country in Central America is listed for reserves of rare earths/);
  });
});

describe('first-person requests ("I need the date of …", "Ich bräuchte …") name no topic', () => {
  it('reads "need"/"brauche" as asking, not as a question about uses', () => {
    expect(lead('I need the date of the Trump–Takaichi signing in Tokyo.', 'en')).toMatch(/^28 Oct 2025: /);
    expect(lead('Ich brauche das Datum, an dem China die Kontrollen vom Oktober ausgesetzt hat.', 'de')).toMatch(/^7\. Nov\. 2025: /);
  });
});

describe('a word of an event’s kind beside an event found ("paused", "signed") makes the event’s fields eligible', () => {
  it('answers the date of the suspension the words point at, not the list of controlled elements', () => {
    expect(lead('On which day were the rare earth controls paused?', 'en')).toMatch(/^7 Nov 2025: China suspends/);
  });
});

describe('"from when to when" / "von wann bis wann" asks the span of days', () => {
  it('answers with the first and last day, not a date read from a motto in the text', () => {
    expect(lead('Von wann bis wann dauerte das APEC-Treffen der Staats- und Regierungschefs in Gyeongju?', 'de')).toMatch(/^31\. Okt\. – 1\. Nov\. 2025: /);
    expect(lead('From when to when did the APEC leaders meet in Gyeongju?', 'en')).toMatch(/^31 Oct – 1 Nov 2025: /);
  });
  it('never reads a relative word of a dataset text ("Tomorrow" in a motto) as a date', () => {
    expect(lead('Bis wann lief die APEC-Woche in Gyeongju?', 'de')).toMatch(/^1\. Nov\. 2025: /);
  });
});

describe('what an event agreed and what came of it find the event too', () => {
  it('finds the agreement whose terms hold the question’s words beside a mineral named', () => {
    expect(lead('Was hat Malaysia den USA bei Seltenen Erden zugesagt?', 'de')).toMatch(/^Handelsabkommen und Absichtserklärung .* zwischen den USA und Malaysia/);
  });
});

describe('when, where or who of an event found, beside a word of a topic the dataset lacks ("exports")', () => {
  it('answers the event’s date, not the note that export volumes are not held', () => {
    expect(lead('In welchem Monat hat Peking die Ausfuhr von Gallium in die USA wieder erlaubt?', 'de')).toMatch(/^9\. Nov\. 2025: /);
  });
  it('reads "resume" as a verb of the news, not a job application', () => {
    expect(lead('Which month did Beijing let gallium exports to the US resume?', 'en')).toMatch(/^9 Nov 2025: /);
  });
});

describe('a date after "until"/"bis zum" in an event’s text is its end, not its date', () => {
  it('answers "when" with the event’s own day', () => {
    expect(lead('Wann wurde das Verbot der Galliumausfuhren in die USA ausgesetzt?', 'de')).toMatch(/^9\. Nov\. 2025: /);
    expect(lead('Bis wann ist das Verbot der Galliumausfuhren in die USA ausgesetzt?', 'de')).toMatch(/^Bis zum 27\. Nov\. 2026: /);
  });
});

describe('German perfect tense: "Wie viel hat … gefördert?" asks production, not what a country has', () => {
  it('answers the mine production, and a bare "Wie viel hat …?" still the reserves', () => {
    expect(lead('Wie viel hat Brasilien 2024 an Seltenen Erden gefördert?', 'de')).toMatch(/^Brasilien — Bergwerksförderung \(Seltene Erden\) 2024/);
    expect(lead('Wie viel hat Vietnam?', 'de')).toMatch(/^Vietnam — Reserven \(Seltene Erden\)/);
  });
});

describe('German compounds with a word of figures ("Reservenzahl", "Förderzahl")', () => {
  it('are split into the figure asked and no unknown word', () => {
    expect(parseQuestion('Ist Indiens Reservenzahl in der Ausgabe 2026 unverändert?', dataset(), 'de').unknown).toEqual([]);
    expect(lead('Ist Indiens Reservenzahl in der Ausgabe 2026 unverändert?', 'de')).toMatch(/^Nein — Indien — Reserven \(Seltene Erden\): nicht verfügbar in USGS MCS 2026/);
  });
});

describe('a country listed in an older edition and not in the newest table', () => {
  it('says it was dropped from the newest table, without the old edition’s figure', () => {
    const en = lead('How much cobalt did New Caledonia mine in 2025?', 'en');
    expect(en).toMatch(/^The dataset has no figure for that: New Caledonia is not listed in the newest edition's table for mine production of cobalt \(USGS MCS 2026 \(v1\.0\)\); USGS MCS 2025 still listed it\./);
    expect(lead('Wie viel Gallium hat Südkorea 2025 erzeugt?', 'de')).toMatch(/^Dazu hat der Datensatz keine Zahl: Südkorea steht nicht in der Tabelle .* der neuesten Ausgabe USGS MCS 2026/);
  });
});

describe('what became of an event or a measure ("what became of", "was ist aus … geworden")', () => {
  it('leads with the record’s outcome', () => {
    expect(lead('What became of the April 2025 rare earth controls?', 'en')).toMatch(/^China's export controls on seven .*: Still in force after the November 2025 suspension/);
    expect(lead('Was ist aus den Exportkontrollen vom Oktober geworden?', 'de')).toMatch(/^China weitet seine Exportkontrollen aus .*: Am 7\. November 2025 bis zum 10\. November 2026 ausgesetzt/);
  });
  it('a month asked names the measure of that month, not the one a generic alias names', () => {
    const p = parseQuestion('What became of China’s October export controls?', dataset(), 'en');
    expect(p.subjects.namedEvents[0]?.id).toBe('china-export-controls-oct-2025');
  });
});

describe('a figure the question names points at the clause of an event’s text stating it', () => {
  it('finds the sentence with "57%" for "the 57 percent tariff"', () => {
    expect(lead('What happened to the 57 percent tariff after the Busan meeting?', 'en')).toMatch(/from 57% to 47%/);
  });
});

describe('yes/no in forms a verb list or tag must name ("Lag … über …?", "… Is that so?")', () => {
  it('reads a German strong verb opening the question as yes/no', () => {
    expect(parseQuestion('Stieg die weltweite Lithiumförderung 2025 über 250.000 Tonnen?', dataset(), 'de').polar).toBe(true);
    expect(lead('Stieg die weltweite Lithiumförderung 2025 über 250.000 Tonnen?', 'de')).toMatch(/^Ja — Welt — Bergwerksförderung \(Lithium\) 2025: 290\.000 t/);
    expect(parseQuestion('Wie viele Seltene Erden lagern in Sachsen?', dataset(), 'de').unknown).toContain('lagern');
  });
  it('reads "is that so?" closing a claim as yes/no', () => {
    expect(lead('A colleague says world cobalt reserves are above 15 million tonnes. Is that so?', 'en')).toMatch(/^No — World — reserves of cobalt: 12 million t/);
  });
});

describe('a bound asked of a sentence stating several countries’ tonnages', () => {
  it('compares the tonnage nearest the country asked with the bound', () => {
    expect(lead('Haben die USA Seltenerd-Ressourcen von mehr als fünf Millionen Tonnen?', 'de')).toMatch(/^Nein — /);
    expect(lead('Are Canada’s rare earth resources above 10 million tonnes?', 'en')).toMatch(/^Yes — /);
    expect(lead('Hat Kanada Seltenerd-Ressourcen von mehr als acht Millionen Tonnen?', 'de')).toMatch(/^Ja — /);
  });
});

describe('a span of days joined by "and"/"und" after "between"/"zwischen"', () => {
  it('reads both days, and lists the events of the span', () => {
    const t = parseQuestion('Was war zwischen dem 27. und 29. Oktober los?', dataset(), 'de', now).time;
    expect([t?.start, t?.end]).toEqual(['2025-10-27', '2025-10-29']);
    expect(lead('Which events fell between 27 October and 29 October?', 'en')).toMatch(/^27–29 Oct 2025 — 27 Oct 2025: /);
    expect(parseQuestion('Which countries mine between 1 and 5 million tonnes of lithium?', dataset(), 'en', now).time).toBeUndefined();
  });
  it('"events" asks the timeline: a day’s events are no off-beat request', () => {
    expect(lead('Which events were on 29 October?', 'en')).toMatch(/^Trump–Lee Jae Myung summit in Gyeongju \(29 Oct 2025/);
  });
});

describe('"…, did it?" closing a statement is yes/no', () => {
  it('answers the claim with its figure', () => {
    expect(lead('Australia didn’t mine more than 100,000 tonnes of lithium in 2025, did it?', 'en')).toMatch(/^No — Australia — mine production of lithium in 2025: 92,000 t/);
  });
});

describe('"miner" is a producer, "minerals" is not', () => {
  it('ranks the producers for "the biggest X miner", and a minerals deal stays a deal', () => {
    expect(lead('Which country is the largest lithium miner?', 'en')).toMatch(/^Largest mine production of lithium/);
    expect(parseQuestion('What did the critical minerals deal with Japan promise?', dataset(), 'en').attributes.map((h) => h.attribute.id)).not.toContain('production');
  });
});

describe('two dates asked in one question ("when … and until when …")', () => {
  it('gives the event’s own date first, then the end date', () => {
    expect(lead('When was the suspension announced and until when does it run?', 'en')).toMatch(/^7 Nov 2025: China suspends .*; until 10 Nov 2026: /);
    expect(lead('Wann wurde die Aussetzung verkündet und bis wann gilt sie?', 'de')).toMatch(/^7\. Nov\. 2025: .*; bis 10\. Nov\. 2026: /);
  });
});

describe('a plural of an event’s name of several words ("the 0.1% rules")', () => {
  it('names the event as the singular does', () => {
    expect(parseQuestion('What happened to the 0.1% rules?', dataset(), 'en').subjects.namedEvents[0]?.id).toBe('china-export-controls-oct-2025');
  });
});

describe('"other countries" names USGS’s row of that name; "other" alone does not', () => {
  it('answers the row’s figure', () => {
    expect(lead('What is the "other countries" figure for cobalt reserves?', 'en')).toMatch(/^Other countries — reserves of cobalt/);
    expect(lead('Wie viel Kobalt förderten die übrigen Länder zusammen 2025?', 'de')).not.toMatch(/^Welt/);
    expect(parseQuestion('Other than China, who mines the most rare earths?', dataset(), 'en').subjects.countries.map((c) => c.id)).toEqual(['CN']);
  });
});

describe('"how many countries …" counts the table’s countries', () => {
  it('counts those past a bound, and those with any figure', () => {
    expect(lead('How many countries have more than 1 million tonnes of cobalt reserves?', 'en')).toMatch(/^2: Above the amount asked — reserves of cobalt .*Congo .*Australia/);
    expect(lead('Wie viele Länder haben mehr als eine Million Tonnen Kobaltreserven?', 'de')).toMatch(/^2: Über der genannten Menge/);
    expect(lead('How many countries mined gallium in 2025?', 'en')).toMatch(/^\d+ countries have a figure above zero for mine production of gallium \(USGS MCS 2026/);
  });
});

describe('"who" with a role the event’s texts name ("Malaysia’s trade minister")', () => {
  it('leads with the clause naming the person in that role', () => {
    expect(lead('Who is the trade minister of Malaysia?', 'en')).toMatch(/^US–Malaysia .*: On 29 October Trade Minister Tengku Zafrul/);
  });
});

describe('uses of a mineral the dataset holds figures for but no uses of', () => {
  it('says it holds none, not the mineral’s reserves table', () => {
    expect(lead('What is nickel used for?', 'en')).toMatch(/^The dataset has no figure or fact for that \(uses: nickel\)/);
    expect(lead('Wofür braucht man Lithium?', 'de')).toMatch(/^Dazu enthält der Datensatz keine Zahl und keinen Eintrag/);
    expect(lead('Which rare earth is used in MRI contrast agents?', 'en')).toMatch(/^Gadolinium/);
  });
});

describe('"has the figure changed?" is answered against the edition before, not against zero', () => {
  it('says no for a figure the last edition also gave, yes for one it changed', () => {
    expect(lead('Has USGS changed China’s rare earth reserves figure in the newest edition?', 'en')).toMatch(/^No — China — reserves of rare earths: 44 million t/);
    expect(lead('Hat die USGS Australiens Reserven an Seltenen Erden in der neuesten Ausgabe geändert?', 'de')).toMatch(/^Ja — Australien/);
  });
});
