// Answer classes of the offline question path (issue 10), twenty-third part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a bound asked with "more than", beside a "less" word elsewhere ("under the quota")', () => {
  it('compares in the bound\'s direction', () => {
    expect(lead('Did China mine more than 300 kt of rare earths under the 2024 quota?', 'en')).toMatch(/^No —/);
    expect(lead('Hat China unter der Quote 2024 mehr als 300.000 t Seltene Erden gefördert?', 'de')).toMatch(/^Nein —/);
  });
  it('while a "less" bound still asks below', () => {
    expect(lead('Did China produce less than 300 kt of rare earths under its 2024 quota?', 'en')).toMatch(/^Yes —/);
  });
});

describe('a topic before a colon or dash, then only a unit asked ("Import dependence …: what percent?")', () => {
  it('asks the topic in that unit', () => {
    expect(lead('Import dependence of the United States during 2025: what percent?', 'en')).toMatch(/67%/);
    expect(lead('Importabhängigkeit der USA bei Seltenen Erden 2024 – wie viel Prozent?', 'de')).toMatch(/80 %|53 %/);
  });
});

describe('the source\'s table named ("going by the USGS price table")', () => {
  it('asks nothing the dataset lacks', () => {
    expect(lead('Going by the USGS price table, what did a kilo of cerium oxide cost in 2024?', 'en')).toMatch(/cerium oxide 1\b/);
    expect(lead('Laut USGS-Tabelle: Was kostete ein Kilo Ceroxid 2024?', 'de')).toMatch(/Ceroxid 1\b/);
  });
});

describe('a topic named only in the sentence before the question ("Germanium is pricey. What did a kilo average?")', () => {
  it('is what the question asks about', () => {
    expect(lead('Germanium is pricey stuff. What did a kilo of it average in 2024?', 'en')).toMatch(/2,100/);
  });
});

describe('uses asked as products or where an element sits ("which products need it", "wo steckt das drin")', () => {
  it('gives the uses', () => {
    expect(lead('Terbium: which products actually need it?', 'en')).toMatch(/Uses: .*phosphor/);
    expect(lead('Yttrium: Wo steckt das drin?', 'de')).toMatch(/Verwendung: .*Keramik/);
    expect(lead('In welchen Produkten steckt Dysprosium?', 'de')).toMatch(/Verwendung/);
  });
});

describe('a German yes/no question opening with a verb of being placed or taking place ("Gehört …?", "Fand … statt?")', () => {
  it('is answered yes or no', () => {
    expect(lead('Laut Einteilung der US-Geologen: Gehört Europium in die leichte Gruppe?', 'de')).toMatch(/^Ja —/);
    expect(lead('Fand das Gespräch zwischen Trump und Xi am 30. Oktober in Seoul statt?', 'de')).toMatch(/^Nein —/);
    expect(lead('Liegt die größte Reserve an Seltenen Erden in China?', 'de')).toMatch(/^(Ja|Nein) —/);
  });
});

describe('a person given another office than the texts give them ("Is Lee Jae Myung the prime minister?")', () => {
  it('is a no, with the sentence stating their office', () => {
    expect(lead('Ist Lee Jae Myung der Premierminister Südkoreas?', 'de')).toMatch(/^Nein — .*Präsident Lee/);
    expect(lead('Is Tengku Zafrul Malaysia\'s prime minister?', 'en')).toMatch(/^No — .*Trade Minister Tengku Zafrul/);
    expect(lead('Ist Sanae Takaichi Japans Außenministerin?', 'de')).toMatch(/^Nein — .*Premierministerin/);
    expect(lead('Is Takaichi the president of South Korea?', 'en')).toMatch(/^No — .*prime minister of Japan/);
  });
  it('while the office the texts give is a yes, and an office of someone else asks nothing of it', () => {
    expect(lead('Ist Sanae Takaichi Japans Premierministerin?', 'de')).toMatch(/^Ja —/);
    expect(lead('Did Trump meet the emperor? When?', 'en')).not.toMatch(/^No —/);
  });
});

describe('a yes whose lead lacks the word asked, beside the record denying it ("Was the April 2025 measure a ban?")', () => {
  it('is a no, led by the denial', () => {
    expect(lead('Was the April 2025 measure a ban?', 'en')).toMatch(/^No — It is a licence requirement, not a ban/);
  });
});

describe('a change asked ("Did China cut its quota?", "Did the US raise the tariff after Busan?")', () => {
  it('is no yes from a sentence stating no change, and no when the record moved the other way', () => {
    expect(lead('Did China cut its rare earth mining quota in 2024?', 'en')).not.toMatch(/^Yes —/);
    expect(lead('Did the US raise the fentanyl tariff after Busan?', 'en')).toMatch(/^No —/);
    expect(lead('Did the US cut the fentanyl tariff after Busan?', 'en')).toMatch(/^Yes —/);
  });
});

describe('a person named only beside the act asked of them ("Did Trump sign the declaration himself?" against "witnessed by Trump …; Trump called it …")', () => {
  it('is no yes', () => {
    expect(lead('Did Trump sign the Thailand-Cambodia declaration himself?', 'en')).not.toMatch(/^Yes —/);
  });
});

describe('a measure told by its month, asked whether it was suspended in a month and year ("… im November 2025 ausgesetzt?")', () => {
  it('reads the records: the April controls were not suspended', () => {
    expect(lead('Wurden die April-Kontrollen im November 2025 ausgesetzt?', 'de')).toMatch(/^Nein — .*Bekanntmachung Nr\. 18/);
    expect(lead('Were the April controls suspended in November 2025?', 'en')).toMatch(/^No — .*Announcement No\. 18/);
  });
});

describe('a share claimed one point off a share computed from two rounded totals ("99% of the world\'s gallium?")', () => {
  it('is neither yes nor no, while one further off is a no', () => {
    expect(lead('Does China produce 98% of the world\'s gallium?', 'en')).not.toMatch(/^(Yes|No) —/);
    expect(lead('Does China produce 90% of the world\'s gallium?', 'en')).toMatch(/^No —/);
  });
});

describe('a figure claimed of an earlier edition ("Did USGS once put Vietnam\'s reserves at 22 million t?", "früher")', () => {
  it('is a yes when any edition stated it, a no when none did', () => {
    expect(lead('Did USGS once put Vietnam\'s reserves at 22 million tonnes?', 'en')).toMatch(/^Yes — .*22 million t in USGS MCS 2024/);
    expect(lead('Hatte Russland früher 10 Mio. t Reserven laut USGS?', 'de')).toMatch(/^Ja —/);
    expect(lead('Did USGS once put Vietnam\'s reserves at 30 million tonnes?', 'en')).toMatch(/^No —/);
  });
});

describe('a day beside the one event a question names outright ("US Australia deal was signed tuesday oct 21?")', () => {
  it('answers that event with its own day, not the event of the day named', () => {
    expect(lead('US Australia deal was signed tuesday oct 21?', 'en')).toMatch(/US–Australia framework .*20 Oct 2025/);
    expect(lead('Wurde Nr. 70 am 30. Oktober veröffentlicht?', 'de')).toMatch(/^China setzt .*7\. Nov\. 2025/);
  });
});

describe('a ban asked beside export words ("Hat China Gallium-Exporte in die USA verboten?", "Did Malaysia keep its ban on raw rare earth exports?")', () => {
  it('is about the measure: the fact or event stating it, not "no export volumes"', () => {
    expect(lead('Hat China Gallium-Exporte in die USA verboten? Wann?', 'de')).toMatch(/^Ja — China verbot im Dezember 2024/);
    expect(lead('Did Malaysia keep its ban on raw rare earth exports?', 'en')).toMatch(/^Yes — .*ban on exports of raw rare earths .* stays/);
    expect(lead('Verbietet Malaysia weiterhin den Export roher Seltener Erden?', 'de')).not.toMatch(/keine Zahl/);
  });
  it('while a quantity asked beside a ban stays an honest "no figure"', () => {
    expect(lead('How much did Malaysia export despite the ban?', 'en')).toMatch(/no figure/);
  });
});

describe('a German verb whose forms no stemmer joins ("verboten" against "weder zu verbieten")', () => {
  it('is read in the sentence, with its negation', () => {
    expect(lead('Hat Malaysia den Export von Seltenen Erden in die USA verboten?', 'de')).toMatch(/^Nein — .*weder zu verbieten/);
  });
});

describe('one item of a listing fact asked ("Was kostet Dysprosiumoxid?", "share of US imports from Japan?")', () => {
  it('leads with that item under the list\'s heading, the whole list after it', () => {
    expect(lead('Was kostet Dysprosiumoxid?', 'de')).toMatch(/Kilogramm: Dysprosiumoxid 260\.$/);
    expect(lead('What share of US rare earth imports came from Japan?', 'en')).toMatch(/\(USGS MCS 2025\): Japan 6%\.$/);
    expect(lead('Was ist teurer, Mischmetall oder Europiumoxid?', 'de')).toMatch(/Europiumoxid 27, Mischmetall 5\.$/);
  });
  it('keeps a newer year\'s sentence about the item, alone when that year is asked', () => {
    expect(lead('Nd oxide price 2025', 'en')).toMatch(/^MCS 2026 gives neodymium oxide at \$73\/kg in 2025\.$/);
    expect(lead('What is the price of neodymium oxide?', 'en')).toMatch(/neodymium oxide 56\. MCS 2026 gives neodymium oxide at \$73/);
  });
  it('while a clause after a colon is no list, and a yes or no reads the whole', () => {
    expect(lead('china quota 2023 mining', 'en')).toMatch(/according to an Investing News Network article/);
    expect(lead('Stimmt es, dass Neodymoxid 2025 im Schnitt mehr als 70 Dollar pro Kilo gekostet hat?', 'de')).toMatch(/^Ja —/);
  });
});

describe('who someone is ("Who is Tengku Zafrul?", "Wer ist Hun Manet?")', () => {
  it('is answered by the sentence giving them their office, not a list of an event\'s participants', () => {
    expect(lead('Who is Tengku Zafrul?', 'en')).toMatch(/^On 29 October Trade Minister Tengku Zafrul/);
    expect(lead('Wer ist Sanae Takaichi?', 'de')).toMatch(/Premierministerin Japans/);
    expect(lead('who is Anthony Albanese', 'en')).toMatch(/Prime Minister Anthony Albanese/);
  });
  it('while an office in another clause is not theirs ("Trump skipped …; Treasury Secretary Scott Bessent attended")', () => {
    expect(lead('Who is Trump?', 'en')).not.toMatch(/Treasury Secretary/);
  });
});

describe('a place no text holds, typed in lower case ("was the australia framework signed in canberra?")', () => {
  it('is a no with the event\'s place, as a capitalised one is', () => {
    expect(lead('was the australia framework signed in canberra?', 'en')).toMatch(/^No — White House, Washington/);
    expect(lead('Was the Australia framework signed in Canberra?', 'en')).toMatch(/^No — White House, Washington/);
  });
  it('while a capitalised question keeps lower-case words after "in" for words', () => {
    expect(lead('Was the Australia framework signed in haste?', 'en')).not.toMatch(/^No — White House/);
  });
});

describe('two measures of one country asked alike ("China reserves and production 2024 – both please")', () => {
  it('answers both figures first', () => {
    expect(lead('China reserves and production 2024 - both please', 'en')).toMatch(/reserves of rare earths: 44 million t.*mine production of rare earths in 2024: 270,000 t/);
    expect(lead('Chinas Förderung 2024 und Reserven – beides bitte', 'de')).toMatch(/270\.000 t.*Reserven \(Seltene Erden\): 44 Mio\. t/);
  });
  it('while one measure asked stays one figure', () => {
    expect(lead('What are China\'s rare earth reserves?', 'en')).not.toMatch(/production/);
  });
});
