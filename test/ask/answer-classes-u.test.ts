// Answer classes of the offline question path (issue 10), twenty-first part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a German question opening with a noun before "von" ("Reserven von Brasilien und Australien?")', () => {
  it('is no yes/no question: the figures come without a "Ja"', () => {
    expect(lead('Reserven von Chile und Argentinien beim Lithium?', 'de')).toMatch(/^Reserven \(Lithium\): Chile .* gegenüber Argentinien/);
    expect(lead('Fördermengen vom Kongo und von Indonesien beim Kobalt 2025?', 'de')).not.toMatch(/^(Ja|Nein) —/);
  });
});

describe('an amount asked of two countries ("Wie viel hat X gefördert und wie viel Y?")', () => {
  it('gives both figures and which is larger', () => {
    expect(lead('Wie viel Lithium haben Chile und Argentinien 2025 gefördert?', 'de')).toMatch(/Chile .* gegenüber Argentinien .*liegt vorn/);
    expect(lead('How much nickel did Indonesia and the Philippines mine in 2024?', 'en')).toMatch(/Indonesia .* against Philippines .*has more/);
  });
  it('still counts countries when countries are what is counted', () => {
    expect(lead('How many countries besides China and the US mined rare earths in 2025?', 'en')).not.toMatch(/ against /);
  });
});

describe('a country\'s people in English ("the Brazilians", "Aussies")', () => {
  it('names the country', () => {
    expect(lead('Cobalt reserves: Australians vs Canadians?', 'en')).toMatch(/Australia .* against Canada/);
    expect(lead('Did the Russians mine more rare earths than the Aussies in 2025?', 'en')).toMatch(/^No — .*Russia.*Australia/);
  });
});

describe('a yes/no question pointing back at a claim before it ("… in 2024. Does that hold up today?")', () => {
  it('checks the figure and the year the claim names, not a word of the question ("hold")', () => {
    expect(lead('My notes say Vietnam mined 300 t of rare earths in 2024. Does that still hold today?', 'en')).toMatch(/^(Yes|No) — Vietnam — mine production of rare earths in 2024/);
  });
});

describe('a stated figure offered as the first of two ("is that right, or outdated?", "passt das, oder ist das überholt?")', () => {
  it('is what yes or no answers: an outdated figure is a "no"', () => {
    expect(lead('Our wiki still lists Vietnam\'s rare earth reserves at 22 million t. Correct, or out of date?', 'en')).toMatch(/^No — Vietnam/);
    expect(lead('Im Skript steht für Vietnams Seltenerdreserven 22 Mio. t – stimmt das, oder ist das veraltet?', 'de')).toMatch(/^Nein — Vietnam/);
  });
  it('asked first, outdated is still what is asked', () => {
    expect(lead('Vietnam\'s rare earth reserves of 22 million t: outdated?', 'en')).toMatch(/^Yes — Vietnam/);
  });
});

describe('a person of the dataset\'s events with a country, in German forms ("Trumps Reise", "reist", "besucht")', () => {
  it('is on the beat, and the clause of the event stating the plan answers', () => {
    expect(lead('Wann soll Trumps Besuch in China stattfinden?', 'de')).toMatch(/^April 2026/);
    expect(lead('Wann reist Trump nach China?', 'de')).toMatch(/^April 2026/);
  });
});

describe('a question in lower case after a full stop ("lovely trip. where was …?")', () => {
  it('is read on its own when it names what it asks about: the context\'s year is not the one asked', () => {
    expect(lead('i was in tokyo in 2018, amazing trip. where did trump meet xi last year?', 'en')).toMatch(/^Gimhae Air Base, Busan/);
  });
  it('leans on its context when it names nothing itself, and an ellipsis cuts no sentence', () => {
    expect(lead('my cousin says chile has more lithium reserves than australia. who is right and by how much?', 'en')).toMatch(/Chile .*Australia|Australia .*Chile/);
    expect(lead('Brazil\'s rare earth reserves next to Russia\'s... how big is the gap really?', 'en')).toMatch(/^Reserves .*Brazil .* against Russia/);
  });
});

describe('a topic the dataset lacks in a long heading before a question naming its own subject ("Spannend für Lithium-Aktien: …")', () => {
  it('only says why the reader asks: the figures asked after the colon are answered', () => {
    expect(lead('Interesting for my cobalt-mining stocks watchlist: did Indonesia or Australia mine more in 2025?', 'en')).toMatch(/Indonesia .* against Australia/);
    expect(lead('Spannend für meine Nickel-Aktien im Depot: Hat 2024 Indonesien mehr gefördert oder die Philippinen?', 'de')).toMatch(/Indonesien .* gegenüber Philippinen/);
  });
  it('a commodity the dataset lacks named as the heading stays what is asked', () => {
    expect(lead('natural graphite: world mine output 2024 according to USGS?', 'en')).toMatch(/no figure/);
  });
});

describe('a clause of the reader\'s own doings closing the question ("… since we sell recovered magnets?")', () => {
  it('says why they ask: its words are no topic the dataset lacks', () => {
    expect(lead('Average price of terbium oxide in 2024, since we sell recovered magnets?', 'en')).toMatch(/terbium oxide 810/);
    expect(lead('Durchschnittspreis von Terbiumoxid 2024, weil wir ausgebaute Magnete weiterverkaufen?', 'de')).toMatch(/Terbiumoxid 810/);
  });
});

describe('a question naming nothing and asking no attribute before a fragment that names and asks both', () => {
  it('leads in to the fragment, which is answered', () => {
    expect(lead('Rechnet sich das Lager? Europiumoxid gegenüber Ceroxid, Kilopreis 2024.', 'de')).toMatch(/Europiumoxid 27, Ceroxid 1/);
  });
  it('not one pointing back at it ("What is it, briefly?")', () => {
    expect(lead('Colleagues keep bringing up Announcement No. 61. What is it, briefly?', 'en')).toMatch(/^China widens its export controls .*61/);
  });
});

describe('"Windkraftanlage" in a German question', () => {
  it('is the texts\' wind turbine: the neodymium a 2-MW turbine holds', () => {
    expect(lead('Wie viel Neodym ist in einer Windkraftanlage mit 2 MW verbaut?', 'de')).toMatch(/372 kg/);
  });
});

describe('a number the dataset\'s sentence writes as a word ("Six announcements issued")', () => {
  it('is the number a claim is checked against', () => {
    expect(lead('Did China publish six announcements on 9 October 2025?', 'en')).toMatch(/^Yes — /);
    expect(lead('Did China publish four announcements on 9 October 2025?', 'en')).toMatch(/^No — /);
  });
});

describe('the oxide a tonnage is stated in ("rare earth oxide", "REO")', () => {
  it('beside reserves or output asked names the unit, not a price', () => {
    expect(lead('How much rare earth oxide did China mine in 2025?', 'en')).toMatch(/^China — mine production of rare earths in 2025: 270,000 t/);
    expect(lead('Wie viel Seltenerdoxid hält Brasilien in Reserven?', 'de')).toMatch(/^Brasilien — Reserven/);
  });
  it('alone still asks a price', () => {
    expect(lead('Terbium oxide in 2024, per kg?', 'en')).toMatch(/terbium oxide 810/);
  });
});

describe('a name the dataset does not hold as the one a figure is asked of ("How much did Iluka mine?")', () => {
  it('gets "no figure", not the world\'s', () => {
    expect(lead('How many tonnes of rare earths did Iluka mine in 2024?', 'en')).toMatch(/no figure/);
  });
});

describe('a yes/no question about what happened, against a clause stating a plan', () => {
  it('is settled by the event, not by the plan ("Did Trump visit Xi in Busan?")', () => {
    expect(lead('Did Trump visit Xi in Busan?', 'en')).toMatch(/^Yes — Donald Trump, Xi Jinping — Trump–Xi meeting in Busan/);
    expect(lead('Hat Trump Xi in Busan besucht?', 'de')).not.toMatch(/April 2026/);
  });
  it('while a plan holding more of the question\'s words is still its answer', () => {
    // (Or the sources' dispute over that plan, which states it: "China will buy at least 12 million t".)
    expect(lead('Did China really buy 12 million t of soybeans by the end of 2025?', 'en')).toMatch(/(would|will) buy at least 12 million t of soybeans/);
  });
});

describe('an event found from the question\'s words alone, of none of the countries it names', () => {
  it('is not the question\'s event ("Who won the 2022 US midterm election?" is not Japan\'s)', () => {
    expect(lead('Who won the 2022 US midterm election?', 'en')).not.toMatch(/Takaichi/);
  });
});

describe('a date after "of" in a clause ("suspending Announcements Nos. 55 … of 9 October 2025")', () => {
  it('names other documents by their day: the event\'s own date is when it was issued', () => {
    expect(lead('What day was Announcement No. 70 issued?', 'en')).toMatch(/^7 Nov 2025/);
  });
  it('but a span\'s start after "vom" stays a date ("vom 27. Oktober bis 1. November")', () => {
    expect(lead('Ab welchem Datum lief die APEC-Woche?', 'de')).toMatch(/^27\. Okt\. 2025/);
  });
});

describe('people who only witnessed an act ("signed …, witnessed by Trump and Anwar Ibrahim")', () => {
  it('get no "yes" to having done it', () => {
    expect(lead('Did Anwar Ibrahim sign the Kuala Lumpur peace accord?', 'en')).not.toMatch(/^Yes/);
    expect(lead('Hat Anwar Ibrahim die Erklärung von Thailand und Kambodscha unterzeichnet?', 'de')).not.toMatch(/^Ja/);
  });
  it('while its doers still do', () => {
    expect(lead('Did Hun Manet sign the Kuala Lumpur peace accord?', 'en')).toMatch(/^Yes/);
  });
});

describe('a later year that a record of the question\'s events states ("… 25 million t a year through 2028")', () => {
  it('asks that record\'s terms, not a forecast', () => {
    expect(lead('How many soybeans per year is China supposed to buy through 2028?', 'en')).toMatch(/25 million t a year through 2028/);
    expect(lead('Welche jährliche Menge soll China laut dem Faktenblatt bis 2028 kaufen?', 'de')).toMatch(/bis 2028 mindestens 25 Mio\. t pro Jahr/);
  });
  it('while a later year no record states stays a forecast', () => {
    expect(lead('How many tonnes of rare earths will China mine in 2028?', 'en')).toMatch(/no forecasts/);
  });
});

describe('German verbs of origin opening a yes/no question ("Kommen …", "Stammen … aus China?")', () => {
  it('ask nothing themselves: the import share is checked', () => {
    expect(lead('Stammen 70 Prozent der US-Importe an Seltenen Erden aus China?', 'de')).toMatch(/^Ja — .*China 70 %/);
    expect(lead('Kommen 90 Prozent der US-Importe an Seltenen Erden aus China?', 'de')).toMatch(/^Nein — .*China 70 %/);
  });
});

describe('a name the dataset holds elsewhere, asked as the doer of an event it is not part of', () => {
  it('gets no "yes" from the event\'s sentence ("Did Kishida sign the US-Japan framework?")', () => {
    expect(lead('Did Kishida sign the critical minerals framework with Trump in Tokyo?', 'en')).not.toMatch(/^Yes/);
  });
  it('while the event\'s own people still do', () => {
    expect(lead('Did Takaichi sign the critical minerals framework with Trump in Tokyo?', 'en')).toMatch(/^Yes/);
  });
});
