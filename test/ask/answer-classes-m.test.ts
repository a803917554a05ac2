// Answer classes of the offline question path (issue 10), thirteenth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';
import { namesElements } from '../../src/ask/offline/polar-state.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a price threshold written in words ("more than two dollars", "mehr als zwei Dollar")', () => {
  it('is compared like one in digits, and the number word is no word the dataset must hold', () => {
    expect(lead('Did cerium oxide cost more than three dollars a kilo in 2024?', 'en')).toMatch(/^No — /);
    expect(lead('Hat Europiumoxid 2024 mehr als zehn Dollar pro Kilo gekostet?', 'de')).toMatch(/^Ja — /);
  });
});

describe('a German yes/no question opening with a verb in the past ("Kostete …?", "Lag …?")', () => {
  it('is a yes/no question, and the verb asks nothing the dataset must hold', () => {
    expect(lead('Kostete Ceroxid 2024 mehr als 5 Dollar je Kilogramm?', 'de')).toMatch(/^Nein — /);
    expect(lead('Lag der Preis für Terbiumoxid 2024 über 500 Dollar pro Kilo?', 'de')).toMatch(/^Ja — /);
    expect(lead('Produzierte Brasilien 2024 mehr Seltene Erden als Indien?', 'de')).toMatch(/^Nein — .*Indien liegt vorn/);
  });
});

describe('whether a measure on an element holds now ("still in force?")', () => {
  it('is answered by the state the sentence naming that element records, not by words it shares with the question', () => {
    expect(lead('Is the licence requirement for lutetium still in force?', 'en')).toMatch(/^Yes — .*remains in force/);
    expect(lead('Are the October controls on erbium still in force?', 'en', '2026-03-01')).toMatch(/^No — .*suspended/);
    expect(lead('Sind die Exportkontrollen für Thulium noch in Kraft?', 'de', '2026-03-01')).toMatch(/^Nein — .*ausgesetzt/);
  });

  it('says neither yes nor no once the recorded suspension has run out', () => {
    expect(lead('Are the October controls on erbium still in force?', 'en')).not.toMatch(/^(Yes|No) —/);
    expect(lead('Sind die Exportkontrollen für Thulium noch in Kraft?', 'de')).not.toMatch(/^(Ja|Nein) —/);
  });
});

describe('countries that signed with one another, asked of with a word of an agreement ("the MoUs the US struck with Malaysia and Thailand")', () => {
  it('are the beat, whatever else the question says: never the scope note', () => {
    expect(lead('Is it accurate that the MoUs the US struck with Malaysia and Thailand are enforceable?', 'en')).not.toMatch(/outside what I cover/);
  });
});

describe('"zutreffend" as German asks whether a claim is right', () => {
  it('is a yes/no question and no word the dataset must hold', () => {
    expect(lead('Zutreffend, dass Australien der größte Lithiumproduzent ist?', 'de')).toMatch(/^Ja — .*1\. Australien/);
    expect(lead('Ist es zutreffend, dass der Rahmen mit Japan in Tokio unterzeichnet wurde?', 'de')).toMatch(/^Ja — .*Tokio/);
  });
});

describe('the date of a measure asked of the record of its suspension ("When did China ban gallium exports to the US?")', () => {
  it('is the measure’s own date, from the fact kept on that record, in the reader’s month names', () => {
    expect(lead('When did China ban gallium exports to the US?', 'en')).toMatch(/^December 2024: China banned exports of gallium/);
    expect(lead('Wann hat China die Ausfuhr von Germanium in die USA verboten?', 'de')).toMatch(/^Dezember 2024: China verbot/);
  });

  it('stays the suspension’s date when a suspension is asked, or a record is named by its own number', () => {
    expect(lead('When did China suspend its gallium ban for the US?', 'en')).toMatch(/^9 Nov 2025:/);
    expect(lead('When exactly did China publish Announcement No. 70?', 'en')).toMatch(/^7 Nov 2025:/);
  });

  it('stays the suspension’s when the question says more than the sentence of the measure does ("lift", "aufgehoben", another commodity)', () => {
    expect(lead('When did China lift the gallium ban?', 'en')).toMatch(/^9 Nov 2025:/);
    expect(lead('Wann wurde das Germaniumverbot aufgehoben?', 'de')).toMatch(/^9\. Nov\. 2025:/);
    expect(lead('When did China ban graphite exports to the US?', 'en')).not.toMatch(/^December 2024/);
  });
});

describe('a bound asked with no question word ("Kongo Kobalt 2025 über 200 kt?")', () => {
  it('is a yes/no question, answered by the figure against the bound', () => {
    expect(lead('Chile Lithiumreserven mehr als 10 Mio. t?', 'de')).toMatch(/^Nein — Chile — Reserven \(Lithium\): 9,2 Mio\. t/);
    expect(lead('Australia REE output 2024 above 10,000 t?', 'en')).toMatch(/^Yes — /);
  });

  it('stays a choice between two figures when two are written ("2,000 t or 1,400 t?"), a separator making a number no year', () => {
    expect(lead('Madagascar rare earth output 2024: 2,000 t or 1,400 t?', 'en')).not.toMatch(/^(Yes|No) —/);
  });
});

describe('a German yes/no question opening with a verb of grammar.verbs_first about events, not countries ("Lag das Treffen … vor …?")', () => {
  it('is a yes/no question without a country, mineral or element named', () => {
    expect(lead('Lag das Treffen von Trump und Xi vor dem Rahmenabkommen von Tokio?', 'de')).toMatch(/^Nein — zuerst: Rahmenabkommen/);
  });
});

describe('"letztem Jahr", "vergangenem Jahr" (the dative)', () => {
  it('is last year, as "letztes Jahr" is', () => {
    expect(lead('Nickelförderung Indonesiens 2023 im Vergleich zu vergangenem Jahr?', 'de')).toMatch(/: 2023 .*gegenüber 2025/);
  });
});

describe('the asker’s own need ("benötige ich", "I needed") before the question', () => {
  it('is a request, not a question about uses', () => {
    expect(lead('Für meinen Bericht benötige ich die Zahl: Wie viele Tonnen Seltene Erden hat Brasilien 2024 gefördert?', 'de')).toMatch(/^Brasilien — Bergwerksförderung \(Seltene Erden\) 2024/);
  });
  it('leaves "wofür brauchen wir …?" a question about uses', () => {
    expect(lead('Wofür benötigen wir Dysprosium?', 'de')).toMatch(/^Dysprosium \(Dy, 66\) — Verwendung/);
  });
});

describe('"besides …", "apart from …", "neben …" before an attribute opening the question', () => {
  it('puts that attribute aside, so the question asks what else', () => {
    expect(lead('Apart from the cherry trees, what did Takaichi promise Washington for 4 July 2026?', 'en')).toMatch(/^4 Jul 2026: .*fireworks/);
  });
});

describe('a yes/no question after a clause and a comma ("Under the USGS split, does europium …?")', () => {
  it('is a yes/no question', () => {
    expect(lead('Going by the USGS convention, is gadolinium a light rare earth?', 'en')).toMatch(/^Yes — /);
  });
});

describe('"250k tonnes" and "or nah"', () => {
  it('reads a thousand glued to a tonnage, and a closing "or nah" asks yes or no', () => {
    expect(lead('china rare earth mining 2025 over 250k tonnes or nah', 'en')).toMatch(/^Yes — China — mine production of rare earths in 2025: 270,000 t/);
  });
});

describe('a class of elements named beside a count of elements ("How many elements count as heavy rare earths?")', () => {
  it('counts the class, not all seventeen', () => {
    expect(lead('How many elements are classed as light rare earths by the USGS?', 'en')).toMatch(/^8 light rare earths/);
    expect(lead('Wie viele Elemente gelten als schwere Seltene Erden?', 'de')).toMatch(/^8 schwere Seltene Erden/);
  });
});

describe('"by when" asked of a part of a record stated as a span ("within six months", "bis Ende 2026")', () => {
  it('answers the clause holding the question’s words, not a later date of a clause holding none of them', () => {
    expect(lead('By when should the first projects be financed under the US-Japan framework?', 'en')).toMatch(/projects within six months/);
    expect(lead('Bis wann sollen die drei Sicherheitsdokumente überarbeitet werden?', 'de')).toMatch(/bis Ende 2026/);
  });
});

describe('"only" in a yes/no question', () => {
  it('before a number hedges the figure ("mine only 3,500 t?"), it asks no sole producer', () => {
    expect(lead('Did Canada mine only 3,500 t of cobalt in 2025?', 'en')).toMatch(/^Yes — Canada — mine production of cobalt in 2025: 3,500 t/);
    expect(lead('Hat Kanada 2025 nur etwa 3.500 t Kobalt gefördert?', 'de')).toMatch(/^Ja — Kanada/);
  });
  it('with a bound ("the only country with reserves over 40 million t?") asks the only one past it', () => {
    expect(lead('Is China the only country with rare earth reserves over 40 million t?', 'en')).toMatch(/^Yes — /);
    expect(lead('Is China the only country with rare earth reserves over 10 million t?', 'en')).toMatch(/^No — /);
  });
});

describe('a claimed figure with a comparison word away from its number ("3.8 Mt or nah?", "Under MCS 2025, were …")', () => {
  it('is checked as a claim, not read as a bound', () => {
    expect(lead('Russia reserves 3.8 Mt or nah?', 'en')).toMatch(/^Yes — /);
    expect(lead('Under MCS 2025, were Vietnam\'s reserves 3.5 million tonnes?', 'en')).toMatch(/^Yes — /);
    expect(lead('Which countries hold more than a million tonnes of cobalt reserves?', 'en')).toMatch(/Congo \(Kinshasa\) 6 million t/);
  });
});

describe('a price asked of a yes/no question', () => {
  it('reads thousands in a price ("$2,000") and compares with the one price a sentence states', () => {
    expect(lead('Is germanium more than $2,000 per kg?', 'en')).toMatch(/^Yes — Germanium metal averaged \$2,100\/kg/);
  });
  it('checks a price claimed without a comparison ("cost ten dollars?") as a claim', () => {
    expect(lead('Did Nd oxide cost ten dollars in 2024?', 'en')).toMatch(/^No — /);
    expect(lead('Kostete Neodymoxid 2024 56 Dollar?', 'de')).toMatch(/^Ja — /);
  });
  it('compares a thing the lead lists a price after, element or not ("mischmetal 5")', () => {
    expect(lead('Was mischmetal cheaper than six dollars in 2024?', 'en')).toMatch(/^Yes — /);
  });
});

describe('no yes or no where the question or the table gives none', () => {
  it('a table’s "not available" is neither', () => {
    expect(lead('Does India have rare earth reserves?', 'en')).toMatch(/^India — reserves of rare earths: not available/);
  });
  it('a noun that looks like a verb opens no yes/no question ("Stand der …", "Revidierte Zahlen …")', () => {
    expect(lead('Stand der Exportkontrollen?', 'de')).not.toMatch(/^Ja —/);
    expect(lead('Revidierte Zahlen für Australien?', 'de')).not.toMatch(/^Ja —/);
    expect(lead('Stand Lutetium schon auf der Lizenzliste vom April 2025?', 'de')).toMatch(/^Ja — /);
  });
  it('a clause after a comma opening with a question word asks an open question', () => {
    expect(lead('Abgesehen von der Förderung, wie hoch sind Russlands Reserven?', 'de')).toMatch(/^Russland — Reserven/);
  });
  it('"neither light nor heavy" counts no class', () => {
    expect(lead('How many elements are neither light nor heavy?', 'en')).not.toMatch(/^8 /);
  });
});

describe('a verb putting a measure in place ("impose", "verhängte") asks the measure’s own date', () => {
  it('as its name does', () => {
    expect(lead('When did China impose the gallium ban?', 'en')).toMatch(/^December 2024:/);
    expect(lead('Wann verhängte China das Galliumverbot?', 'de')).toMatch(/^Dezember 2024:/);
  });
});

describe('a tonnage right after a year ("2025 230k t")', () => {
  it('is read from its own first digit', () => {
    expect(lead('DRC cobalt 2025 230k t or nah?', 'en')).toMatch(/^Yes — /);
  });
});

describe('a mineral named by its chemical symbol ("Li", "Ni", "Ga")', () => {
  it('is that mineral, not rare earths by default', () => {
    expect(lead('Li output Chile 2025?', 'en')).toMatch(/^Chile — mine production of lithium in 2025/);
    expect(lead('Ni Reserven Indonesien?', 'de')).toMatch(/^Indonesien — Reserven \(Nickel\)/);
  });
});

describe('a change between two years asked of its direction ("grow from 2024 to 2025", "Stieg … von 2024 auf 2025?")', () => {
  it('goes from the earlier year to the later', () => {
    expect(lead('Did US production grow from 2024 to 2025?', 'en')).toMatch(/^Yes — /);
    expect(lead('Stieg die US-Förderung von 2024 auf 2025?', 'de')).toMatch(/^Ja — /);
  });
});

describe('a bound in kilograms ("more than 1,000,000 kg of gallium")', () => {
  it('is compared with a table counting kilograms', () => {
    expect(lead('Did China produce more than 1,000,000 kg of gallium in 2025?', 'en')).toMatch(/^No — China — mine production of gallium in 2025: 900,000 kg/);
  });
});

describe('a sentence naming an element (the state of a measure on it is read only there)', () => {
  it('names it by either language’s name at a word’s start, or by its symbol as a whole word only', () => {
    const y = dataset().elements.find((e) => e.symbol === 'Y')!;
    expect(namesElements('the licensing for samarium and yttrium remains in force', [y])).toBe(true);
    expect(namesElements('Y and Sc stay under licence', [y])).toBe(true);
    expect(namesElements('the yearly figures were suspended', [y])).toBe(false);
  });
});
