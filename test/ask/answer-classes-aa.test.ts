// Answer classes of the offline question path (issue 10), twenty-seventh part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('function words of the question\'s language (the stopword package) name no topic the dataset lacks', () => {
  it('answers a question padded with pronouns and particles', () => {
    expect(lead('Grönland soll ja riesige Vorkommen haben – wie viel davon zählt die USGS als Reserven?', 'de')).toMatch(/^Grönland — Reserven .*1,5 Mio\. t/);
  });
  it('while a word naming something the dataset lacks still gets "no figure"', () => {
    expect(lead('Wie viel Lithium wird in Deutschland recycelt?', 'de')).toMatch(/^Dazu (enthält|hat) der Datensatz keine/);
  });
});

describe('a word that is no name in one language may be a country\'s name in the other ("island", "Island")', () => {
  it('reads "Island" in a German question as Iceland, not as the world', () => {
    expect(lead('Island soll ja riesige Vorkommen haben – wie viel davon führt die USGS als Reserven?', 'de')).toMatch(/^Dazu hat der Datensatz keine Zahl: .*für Island/);
  });
  it('while English "island" names no country, and German "NA" is no Namibia', () => {
    expect(lead('Which island holds rare earth reserves?', 'en')).not.toMatch(/Iceland/);
    expect(lead('Früher stand bei Malaysias Seltenerdreserven nur NA. Gibt es inzwischen eine Zahl?', 'de')).not.toMatch(/Namibia/);
  });
});

describe('a figure claimed for one of several figures a sentence lists ("mining 270,000 t and separation 250,000 t")', () => {
  it('says no when the number asked stands beside another label or year than the one asked', () => {
    expect(lead("China's 2024 separation quota was 270,000 t?", 'en')).toMatch(/^No — .*separation 250,000 t/);
    expect(lead("China's 2024 mining quota was 250,000 t?", 'en')).toMatch(/^No — .*mining 270,000 t/);
    expect(lead('The White House said China will buy 25 Mt of soybeans by the end of 2025?', 'en')).toMatch(/^No — .*12 million t of soybeans by the end of 2025/);
  });
  it('and yes when label or year and number stand together', () => {
    expect(lead("China's 2024 mining quota was 270,000 t?", 'en')).toMatch(/^Yes — /);
    expect(lead("China's 2024 separation quota was 250,000 t?", 'en')).toMatch(/^Yes — /);
    expect(lead('The White House said China will buy 12 Mt of soybeans by the end of 2025?', 'en')).toMatch(/^Yes — /);
  });
});

describe('a German compound of a yes/no question whose parts the sentence states apart ("Abbauquote" against "Abbau … Quoten")', () => {
  it('is read in the lead, so a part figure of the support says no "no"', () => {
    expect(lead('Lag Chinas Abbauquote 2024 bei 270.000 t?', 'de')).toMatch(/^Ja — .*Abbau 270\.000 t/);
    expect(lead('Lag Chinas Abbauquote 2024 bei 250.000 t?', 'de')).toMatch(/^Nein — /);
  });
});

describe('whether a measure on an element is suspended ("Is the April 2025 control on terbium suspended?")', () => {
  it('answers the suspension asked, not whether the measure lists the element', () => {
    expect(lead('Is the April 2025 control on terbium suspended?', 'en')).toMatch(/^No — Terbium is covered by .*No\. 18/);
    expect(lead('Ist die Aprilkontrolle für Terbium ausgesetzt?', 'de')).toMatch(/^Nein — Terbium fällt unter/);
    // A suspension since run out still happened.
    expect(lead('Has the October 2025 control on holmium been suspended?', 'en')).toMatch(/^Yes — Holmium was covered by/);
  });
  it('while membership asked of that month\'s measure stays yes or no on the list', () => {
    expect(lead('Was holmium on the April 2025 list?', 'en')).toMatch(/^No — /);
    expect(lead('Was terbium on the April 2025 list?', 'en')).toMatch(/^Yes — /);
  });
});

describe('a yes/no question about one measure named ("Does Announcement 18 ban exports?")', () => {
  it('is settled by that measure\'s record, not by the list of controlled elements', () => {
    expect(lead('Does announcement 18 ban exports?', 'en')).toMatch(/^No — It is a licence requirement, not a ban/);
    expect(lead('Ist die Bekanntmachung 18 ein Exportverbot?', 'de')).toMatch(/^Nein — .*nicht um ein Verbot/);
  });
});

describe('a figure whose absence is claimed ("Does Greenland have no reserves?", "Hat Malaysia keine Reserven?")', () => {
  it('says no, or "Doch" to a German question asking it outright, when a figure is stated', () => {
    expect(lead('Does Greenland have no rare earth reserves according to USGS?', 'en')).toMatch(/^No — Greenland .*1\.5 million t/);
    expect(lead('Hat Malaysia laut USGS keine Reserven?', 'de')).toMatch(/^Doch — Malaysia .*710\.000 t/);
    expect(lead('Stimmt es, dass Malaysia keine Reserven hat?', 'de')).toMatch(/^Nein — Malaysia/);
  });
  it('while a denial in another clause, or none, leaves the figure asked', () => {
    expect(lead('Hat Kanada Seltenerdreserven, obwohl es keine fördert?', 'de')).toMatch(/^Ja — Kanada .*830\.000 t/);
    expect(lead('Does Greenland have rare earth reserves?', 'en')).toMatch(/^Yes — Greenland/);
  });
});

describe('a suspension asked "still" of the month\'s measure ("Sind die Exportkontrollen vom Oktober 2025 immer noch ausgesetzt?")', () => {
  it('says the suspension ran out and the dataset does not record what followed, not "yes"', () => {
    expect(lead('Sind die Exportkontrollen vom Oktober 2025 immer noch ausgesetzt?', 'de')).toMatch(/^Die Aussetzung lief bis zum 10\. Nov\. 2026/);
    expect(lead('Are the October 2025 export controls still suspended?', 'en')).toMatch(/^The suspension ran until 10 Nov 2026/);
  });
});

describe('how long ago something ended ("How many days ago did the suspension expire?")', () => {
  it('counts from the day it ran until, not the day it began', () => {
    expect(lead('how many days ago did the suspension expire', 'en')).toMatch(/^10 Nov 2026: end date of .*19 days ago/);
    expect(lead('Wie lange ist es her, dass die Aussetzung ausgelaufen ist?', 'de')).toMatch(/^10\. Nov\. 2026: Enddatum von .*vor 19 Tagen/);
  });
  it('while a meeting asked of is counted from its day', () => {
    expect(lead('How many days ago was the Busan meeting?', 'en')).toMatch(/^30 Oct 2025: .*395 days ago/);
  });
});

describe('a date asked of a clause whose date stands in its other part ("The chair passed to Xi Jinping: Shenzhen hosts APEC in November 2026")', () => {
  it('gives the event\'s own days for the part asked', () => {
    expect(lead('Kannst du mir sagen, wann der APEC-Vorsitz an China ging?', 'de')).toMatch(/^31\. Okt\. – 1\. Nov\. 2025: /);
    expect(lead('When did the APEC chair pass to China?', 'en')).toMatch(/^31 Oct – 1 Nov 2025: /);
  });
  it('and the clause\'s date for the part that states it', () => {
    expect(lead('When will Shenzhen host APEC?', 'en')).toMatch(/^November 2026: /);
  });
});

describe('elements claimed for one export-control measure named ("Announcement 57 added terbium and dysprosium, right?")', () => {
  it('is settled by that measure\'s list, every element named', () => {
    expect(lead('Announcement 57 added terbium and dysprosium, right?', 'en')).toMatch(/^No — .*No\. 57: Eu, Ho, Er, Tm, Yb/);
    expect(lead('Announcement 18 added holmium and erbium, right?', 'en')).toMatch(/^No — .*Sm, Gd, Tb, Dy, Lu, Sc, Y/);
    expect(lead('Did Announcement 57 add holmium?', 'en')).toMatch(/^Yes — .*No\. 57: Eu, Ho, Er, Tm, Yb/);
  });
  it('while another announcement of the same record, a product named or a negation leaves it to the general reading', () => {
    expect(lead('Did Announcement 55 add holmium?', 'en')).not.toMatch(/^Yes/);
    expect(lead('Does Announcement 18 cover NdFeB magnets?', 'en')).not.toMatch(/^No — .*names Neodymium/);
    expect(lead('Was terbium dropped from Announcement 18?', 'en')).not.toMatch(/^Yes/);
    expect(lead('Hat Bekanntmachung 57 Holmium nicht erfasst?', 'de')).not.toMatch(/^Ja/);
  });
});

describe('a venue claimed in the city of an event ("held at the Gyeongju Arts Center?")', () => {
  it('is no when the records name another venue there', () => {
    expect(lead('Was the Trump–Lee summit held at the Gyeongju Arts Center?', 'en')).toMatch(/^No — Gyeongju National Museum/);
    expect(lead('Fand das Treffen zwischen Trump und Lee im Gyeongju Arts Center statt?', 'de')).toMatch(/^Nein — Nationalmuseum Gyeongju/);
  });
  it('while the city alone, or the venue the records name, is yes', () => {
    expect(lead('Was the Trump–Lee summit held in Gyeongju?', 'en')).toMatch(/^Yes — /);
    expect(lead('Was the Trump–Lee summit held at the Gyeongju National Museum?', 'en')).toMatch(/^Yes — /);
  });
});

describe('a share claimed for a year two editions state differently ("80% in 2024" in MCS 2025, "53% for 2024" in MCS 2026)', () => {
  it('is the one edition\'s figure, with the other beside it, not a flat "no"', () => {
    expect(lead("US net import reliance for rare earths in 2024 was 80%, wasn't it?", 'en')).toMatch(/^Yes — .*MCS 2025.*80% in 2024/);
    expect(lead("US net import reliance for rare earths in 2024 was 53%, wasn't it?", 'en')).toMatch(/^Yes — MCS 2026 gives 53% for 2024/);
  });
  it('while a share neither states is no', () => {
    expect(lead("US net import reliance for rare earths in 2024 was 70%, wasn't it?", 'en')).toMatch(/^No — /);
  });
});

describe('a negated question asking a fact a sentence states without negation ("Hat nicht Kishida die Kirschbäume versprochen?")', () => {
  it('gets no "Nein" from the sentence lacking the negation', () => {
    expect(lead('Hat nicht Kishida die Kirschbäume versprochen?', 'de')).not.toMatch(/^Nein\b/);
  });
  it('while a claim put to judge is still denied, and a negation both share is yes', () => {
    expect(lead('Stimmt es, dass Kishida die Bäume nicht versprochen hat?', 'de')).toMatch(/^Nein — .*Kishida/);
    expect(lead('Kommt Promethium in der Natur so gut wie nicht vor?', 'de')).toMatch(/^Ja — /);
  });
});

describe('guards found in review of this part\'s classes', () => {
  it('a state asked now beside a suspension word asks the control, which stays', () => {
    expect(lead('Is dysprosium still controlled after the suspension?', 'en')).toMatch(/^Yes — /);
    expect(lead('Gilt die Kontrolle für Terbium trotz der Aussetzung weiter?', 'de')).toMatch(/^Ja — /);
  });
  it('a figure labelled by the country asked, or labelled after it, is no other label\'s', () => {
    expect(lead('Did Canada produce 20 t of germanium in 2022?', 'en')).toMatch(/^Yes — /);
    expect(lead('Entfielen 19.150 t der Abbauquote auf Ionenadsorptionstone?', 'de')).toMatch(/^Ja — /);
  });
  it('one capitalised word after a place is no venue ("in Busan Angesicht zu Angesicht")', () => {
    expect(lead('Trafen sich Trump und Xi in Busan Angesicht zu Angesicht?', 'de')).toMatch(/^Ja — /);
  });
  it('an end the question gives itself is not what is counted from', () => {
    expect(lead('How many days ago was Announcement 70, valid until 10 November 2026, issued?', 'en')).toMatch(/^7 Nov 2025: .*387 days ago/);
  });
  it('a denial of another figure than the one answered ("reserves but no production") claims no absence', () => {
    expect(lead('Does Greenland have reserves but no production?', 'en')).not.toMatch(/^No — /);
    expect(lead('Hat Grönland Reserven aber keine Förderung?', 'de')).not.toMatch(/^Doch — /);
  });
});
