// Answer classes of the offline question path (issue 10), third part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a detail inside a long sentence of an event', () => {
  it('the ";" item holding the asked words leads, not the sentence from its start', () => {
    const reply = lead('What did the October export controls say about memory chips and layers?', 'en');
    expect(reply).toMatch(/^China widens its export controls .*: chips of 14 nm .*256 layers/);
    expect(reply).not.toMatch(/superhard|0\.1%/);
  });
  it('the same for another item of that sentence', () => {
    expect(lead('What did the October export controls say about military end users?', 'en')).toMatch(/^China widens its export controls .*: military end users denied in principle\.$/);
  });
});

describe("a month's export-control measure asked about a part of its text", () => {
  it('answers from that measure, not with the list of controlled elements', () => {
    const reply = lead('What did the October export controls say about memory?', 'en');
    expect(reply).toMatch(/^China widens its export controls .*memory/);
    expect(reply).not.toMatch(/^12 of the 17/);
  });
  it('a question about its elements still gets the elements', () => {
    expect(lead('How many elements did China add to its controls in October?', 'en')).toMatch(/\b5\b.*Ho, Er, Tm, Eu, Yb|Ho, Er, Tm, Eu, Yb/);
  });
});

describe('rankings asked in other shapes', () => {
  it('a continent limits the ranking to its countries ("which African country")', () => {
    expect(lead('Which African country mines the most cobalt?', 'en')).toMatch(/^Largest mine production of cobalt in Africa .*: 1\. (Congo|Democratic)/);
    const de = lead('Welches europäische Land hat die größten Lithiumreserven?', 'de');
    expect(de).toMatch(/in Europa/);
    expect(de).not.toMatch(/Chile|Australien|China/);
  });
  it('"the smallest" ranks from the bottom, among countries with a figure', () => {
    const reply = lead('Which country has the smallest cobalt reserves?', 'en');
    expect(reply).toMatch(/^Smallest reserves of cobalt/);
    expect(reply).not.toMatch(/1\. (Congo|Democratic)/);
  });
  it('a number written as words is the threshold of a "which countries" list, which is not repeated as a figure', () => {
    const reply = lead('Which countries hold more than five million tonnes of lithium reserves?', 'en');
    expect(reply).toMatch(/^Above the amount asked — reserves of lithium .*Chile/);
    expect(reply).not.toMatch(/Portugal|5 million t/);
  });
  it('countries listed after "after" are all put out of the ranking, not compared', () => {
    expect(lead('After China and Australia, which country has the largest rare earth reserves?', 'en')).not.toMatch(/against/);
  });
});

describe('two countries and one figure, without a comparing word', () => {
  it('"how do X relate to Y" gives both figures', () => {
    expect(lead('Wie verhalten sich Australiens Lithiumreserven zu denen Chiles?', 'de')).toMatch(/Australien .* gegenüber Chile|Chile .* gegenüber Australien/);
  });
  it('"who mined more" asks the figure, not who took part in an event', () => {
    expect(lead('Russland und Kanada: Wer hat 2024 mehr Kobalt gefördert?', 'de')).toMatch(/Russland .* gegenüber Kanada .* liegt vorn/);
  });
});

describe('"which company" asks a name the dataset may hold', () => {
  it('a project named in the question gets the sentence naming its companies, not "no company figures"', () => {
    const reply = lead('Which company runs the Wagerup refinery?', 'en');
    expect(reply).toMatch(/Alcoa/);
    expect(reply).not.toMatch(/no figure/);
  });
  it('company results are still not in the dataset', () => {
    expect(lead("What was Alcoa's profit last year?", 'en')).toMatch(/no figure/);
  });
});

describe('what a term means (facts list the terms they explain)', () => {
  it('an abbreviation after an opener or before a closer gets the sentence explaining it', () => {
    expect(lead('Wofür steht GAC?', 'de')).toMatch(/Zollverwaltung/);
    expect(lead('What exactly is the Geological Survey?', 'en')).toMatch(/^USGS is the U\.S\. Geological Survey/);
    expect(lead('What does NA mean in those tables?', 'en')).toMatch(/NA = not available/);
  });
  it('a mark of one letter counts only as written, and also when a question points back at it', () => {
    expect(lead('Bei Kanada steht in der Tabelle ein e. Was heißt das?', 'de')).toMatch(/e = geschätzt/);
  });
  it('a question about what a source says on a subject is no definition', () => {
    expect(lead('What does USGS say about cobalt reserves in Australia?', 'en')).toMatch(/Australia/);
    expect(lead('Was ist die Prognose der USGS für China?', 'de')).not.toMatch(/geologische Dienst/);
  });
});

describe('a German word the fact holds inside a compound', () => {
  it('"im Schnitt" is stated by "Durchschnittspreise": the price answers, not "no figure"', () => {
    expect(lead('Was kostete Dysprosiumoxid 2024 im Schnitt?', 'de')).toMatch(/Dysprosiumoxid 260/);
  });
});

describe('membership asked in other words', () => {
  it('"part of APEC", "gehört zur APEC": the members fact answers yes for a member it names', () => {
    expect(lead('Is Japan part of APEC?', 'en')).toMatch(/^Yes — APEC/);
    expect(lead('Gehört Südkorea zur APEC?', 'de')).toMatch(/^Ja — /);
  });
  it('"Staaten" counts as "countries": no word left unexplained', () => {
    expect(lead('Wie viele Staaten sind in der APEC?', 'de')).toMatch(/21/);
  });
});

describe('a share of the world asked as a fraction or a percentage', () => {
  it('answers yes or no from the share computed from one edition, with both figures', () => {
    expect(lead("Does Congo hold more than a third of the world's cobalt reserves?", 'en')).toMatch(/^Yes — .*50% \(6,000,000 t of the world's 12,000,000 t/);
    expect(lead('Hat Kongo mehr als 60 Prozent der weltweiten Kobaltreserven?', 'de')).toMatch(/^Nein — .*50 %/);
    expect(lead("Does Congo hold more than 40 % of the world's cobalt reserves?", 'en')).toMatch(/^Yes — .*50%/);
  });
});

describe('"the only one" asked of a figure', () => {
  it('is no when another country has the figure, whether from a table or a sentence', () => {
    expect(lead('Fördert nur China Seltene Erden?', 'de')).toMatch(/^Nein — /);
    expect(lead('Ist China das einzige Land, das Germanium fördert?', 'de')).toMatch(/^Nein — .*Kanada/);
  });
});

describe('a date earlier than the event, asked by the words of its own clause', () => {
  it('"when were the border clashes" gets the month of the clashes, not the day of the declaration', () => {
    expect(lead('When were the border clashes between Cambodia and Thailand?', 'en')).toMatch(/^July 2025: .*border clashes/);
  });
  it('an earlier date the question does not point at stays a reference back', () => {
    expect(lead('When did Thailand and Cambodia sign their joint declaration?', 'en')).toMatch(/^26 Oct 2025/);
  });
});

describe('an event pinned by its day, asked with words its record states', () => {
  it('answers from the record, not with the note on what the dataset lacks', () => {
    expect(lead('Was änderte sich am 9. November 2025 für Graphitexporte in die USA?', 'de')).toMatch(/^China setzt sein Exportverbot .*Graphit/);
    expect(lead('What happened to antimony exports to the US on 9 November 2025?', 'en')).toMatch(/antimony/);
  });
});

describe('elements looked up by a use written as a German verb', () => {
  it('"färbt" finds "Färben von Glas": diacritics folded, the verb ending cut, short nouns like "Glas" read', () => {
    expect(lead('Welche Seltene Erde entfärbt Glas?', 'de')).toMatch(/^Cer \(Ce\) wird verwendet für: Entfärben von Glas\.$/);
  });
  it('a short stem matches at a word start only ("färbt" is not "entfärbt"), and "Mit welchen …" asks no yes/no', () => {
    const reply = lead('Mit welchen Seltenen Erden färbt man Keramik?', 'de');
    expect(reply).toMatch(/^Praseodym \(Pr\) wird verwendet für: Färben von Glas und Keramik/);
    expect(reply).not.toMatch(/Cer \(Ce\)/);
  });
});

describe('a term typed alone', () => {
  it('"MOFCOM?" is asked about, not greeted; a greeting alone still gets the hello', () => {
    expect(lead('MOFCOM?', 'en')).toMatch(/^MOFCOM is China's Ministry of Commerce/);
    expect(lead('hallo!', 'de')).not.toMatch(/MOFCOM|USGS ist/);
  });
});

describe('import sources asked as who supplies the US', () => {
  it('"supplies the US", "liefert an die USA" read the import-sources fact', () => {
    expect(lead('How much of the rare earths does Japan supply the US with?', 'en')).toMatch(/Japan 6%/);
    expect(lead('Wer beliefert die USA mit Seltenerdverbindungen?', 'de')).toMatch(/^Herkunft der US-Importe .*Malaysia 13 %/);
  });
});

describe('a day asked that an event record names inside its text', () => {
  it('leads with the clause naming that day, dated', () => {
    expect(lead('Was wurde am 28. Juli 2025 zwischen Thailand und Kambodscha vereinbart?', 'de')).toMatch(/^28\. Juli 2025: .*Waffenruhe am 28\. Juli/);
  });
  it('not for another year than the text states', () => {
    expect(lead('What was agreed between Thailand and Cambodia on 28 July 2024?', 'en')).not.toMatch(/^28 Jul/);
  });
});

describe('"verändert" is a change word like "geändert"', () => {
  it('a price asked as a change is answered, not "no figure"', () => {
    expect(lead('Wie hat sich der Preis für Terbiumoxid verändert?', 'de')).toMatch(/Terbiumoxid 810/);
  });
});

describe('a quantity asked in a yes/no about an event named by its place', () => {
  it('the place only names the event: a number in words the record does not state is no "yes"', () => {
    expect(lead('Did the Trump–Xi meeting in Busan last more than three hours?', 'en')).toMatch(/^No — .*1 hour 40 minutes/);
    expect(lead('Did Trump and Xi meet in Busan?', 'en')).toMatch(/^Yes — /);
  });
});

describe('a place asked beside the countries ahead of it', () => {
  it('"Platz drei hinter China" is a ranking, not a comparison with China', () => {
    expect(lead('Liegt Russland bei den Seltenerdreserven auf Platz drei hinter China?', 'de')).toMatch(/^Nein — Platz 3 .*Australien/);
    expect(lead('Liegt Australien bei den Seltenerdreserven auf Platz drei hinter China und Brasilien?', 'de')).toMatch(/^Ja — Platz 3/);
  });
});

describe("an element asked against one month's export-control measure", () => {
  it('that measure decides yes or no, with the elements it covers; "Elementen" asks no atomic number', () => {
    expect(lead('Gehört Holmium zu den Elementen, die China im April 2025 unter Kontrolle stellte?', 'de')).toMatch(/^Nein — .*Sm, Gd, Tb, Dy, Lu, Sc, Y/);
    expect(lead('Was samarium covered by China\u2019s April 2025 export controls?', 'en')).toMatch(/^Yes — /);
  });
});
