// Answer classes of the offline question path (issue 10), thirty-seventh part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a place in a ranking asked beside the country ahead of it, with no ranking word ("second place behind China")', () => {
  it('asks the ranking without that country', () => {
    expect(lead('Runner-up on cobalt reserves after Congo (Kinshasa)?', 'en')).toMatch(/^Australia ranks second for reserves of cobalt/);
    expect(lead('Platz zwei bei der Lithiumförderung hinter Australien?', 'de')).toMatch(/^Platz 2 bei Bergwerksförderung \(Lithium\)[^\n]*China/);
  });
  it('leaves an ordinal before a noun of its own alone', () => {
    // Guard: "the second meeting after Busan" ranks no country.
    expect(lead('Second round of talks after Kuala Lumpur: where was it?', 'en')).not.toMatch(/ranks second/);
  });
});

describe('a country left out with "leaving … out"', () => {
  it('puts the country out of the ranking', () => {
    expect(lead('Leaving Australia out, who mines the most lithium?', 'en')).toMatch(/^China ranks second/);
  });
  it('does not read "out" after a verb as leaving anything out', () => {
    // Guard: "rolled out" puts no country out.
    expect(lead('Which country rolled out the largest rare-earth output?', 'en')).toMatch(/China/);
  });
});

describe('"who led world …", "leads the world in …" as a ranking asked of one mineral', () => {
  it('gives the country first, not the world total', () => {
    expect(lead('Who led world cobalt mining in 2024?', 'en')).toMatch(/^Largest mine production of cobalt[^\n]*1\. Congo/);
  });
});

describe('a figure claimed that lies exactly at the edge of a reader\'s rounding', () => {
  it('is not the figure stated', () => {
    expect(lead('Did the world mine 400,000 tonnes of rare earths in 2025?', 'en')).toMatch(/^No — World — mine production of rare earths in 2025: 390,000 t/);
  });
  it('while the figure itself, or one rounded from it by half a unit, is still a yes', () => {
    // Guard.
    expect(lead('Did the world mine 390,000 tonnes of rare earths in 2025?', 'en')).toMatch(/^Yes — /);
    expect(lead('Were about 46,000 t of rare earths mined in the United States in 2024?', 'en')).toMatch(/^Yes — United States/);
  });
});

describe('a figure the source gives only as a bound ("more than 90 million t")', () => {
  it('is above a bound it reaches', () => {
    expect(lead('Did MCS 2025 put world rare earth reserves above 90 Mt?', 'en')).toMatch(/^Yes — World — reserves of rare earths: more than 90 million t/);
  });
  it('leaves a bound beyond it open, with neither yes nor no', () => {
    expect(lead('Were rare earth reserves worldwide over 95 Mt according to MCS 2025?', 'en')).toMatch(/^World — reserves of rare earths: more than 90 million t/);
  });
});

describe('a number claimed of one thing against the same number of a span of time ("100 trees" against "100 years ago")', () => {
  it('is not stated by the span', () => {
    expect(lead('So the Japan gift to DC was 100 cherry trees, right?', 'en')).toMatch(/^No — [^\n]*250 cherry trees/);
  });
});

describe('whether someone was there ("dabei", "anwesend", "present")', () => {
  it('is yes for a witness of the act and for one who did it', () => {
    expect(lead('War Anwar Ibrahim bei der Unterzeichnung der Erklärung von Thailand und Kambodscha dabei?', 'de')).toMatch(/^Ja — /);
    expect(lead('Was Trump present at the Thailand–Cambodia signing?', 'en')).toMatch(/^Yes — /);
  });
});

describe('a person\'s name going on with a word the dataset does not hold ("Hun Sen")', () => {
  it('is another person: no "yes" from the one the dataset names', () => {
    expect(lead('Hat für Kambodscha Hun Sen unterzeichnet?', 'de')).not.toMatch(/^Ja/);
  });
  it('while the person the dataset names gets the yes', () => {
    // Guard.
    expect(lead('Hat für Kambodscha Hun Manet unterzeichnet?', 'de')).toMatch(/^Ja — /);
  });
});

describe('where, when or who of an event in a year it did not fall in ("APEC in 2028")', () => {
  it('says the dataset has no record of that instance, not the named one\'s place', () => {
    expect(lead('Where does APEC meet in 2028?', 'en')).toMatch(/no figure or fact/);
    expect(lead('In welcher Stadt tagt APEC 2024?', 'de')).toMatch(/keine Zahl/);
  });
  it('of an event held again and again, an earlier year too; of a one-off, an earlier year is answered by the record', () => {
    expect(lead('Which city hosted APEC in 2023?', 'en')).toMatch(/no figure or fact/);
    // Guard: the reader's slip of a year for a one-off event.
    expect(lead('When did Takaichi become prime minister in 2024?', 'en')).toMatch(/21 Oct 2025/);
  });
  it('answers from a fact naming the event for that year', () => {
    expect(lead('Which city hosts APEC in 2026?', 'en')).toMatch(/Shenzhen/);
  });
});

describe('a teller before a question that is no yes/no ("Our trainee says … What does the correction say?")', () => {
  it('names nothing the dataset must hold', () => {
    expect(lead('My editor says Brazil has 21 Mt. What does the latest correction say?', 'en')).toMatch(/^Brazil — reserves of rare earths: 11 million t/);
    expect(lead('Mein Redakteur meint, Brasilien hat 21 Mio. t. Was steht in der neuesten Korrektur?', 'de')).toMatch(/^Brasilien — Reserven \(Seltene Erden\): 11 Mio\. t/);
  });
});

describe('a commodity the dataset lacks, named in the context of a figure question naming nothing', () => {
  it('is what the question asks about: no figure, not the default mineral\'s', () => {
    expect(lead('Copper is my beat now. How much is mined worldwide?', 'en')).toMatch(/no figure/);
    expect(lead('Thema Graphit. Wie hoch ist die Förderung?', 'de')).toMatch(/keine Zahl/);
  });
  it('leaves a mineral the dataset holds, named in the context, to be answered', () => {
    // Guard.
    expect(lead('Cobalt is my beat now. How much is mined worldwide?', 'en')).toMatch(/^World — mine production of cobalt/);
  });
});

describe('a first claimed outright against a first only since a year ("their first meeting since 2019")', () => {
  it('is no: there were earlier ones', () => {
    expect(lead('Was the Busan talk the first meeting ever of Trump and Xi?', 'en')).toMatch(/^No — /);
    expect(lead('War das Treffen in Busan die Premiere für Trump und Xi?', 'de')).toMatch(/^Nein — /);
  });
  it('while the first since that year, asked as such, is yes', () => {
    // Guard.
    expect(lead('Was the Busan talk their first in-person meeting since 2019?', 'en')).toMatch(/^Yes — /);
  });
});

describe('"behind it" after a context naming the leader', () => {
  it('asks the next place in the ranking', () => {
    expect(lead('Congo (Kinshasa) dominates cobalt reserves. Which country comes behind it?', 'en')).toMatch(/^Australia ranks second for reserves of cobalt/);
  });
});

describe('a figure asked of a commodity the dataset lacks, which an event\'s record names ("antimony")', () => {
  it('gets "no figure", not the default mineral\'s figure with a "yes"', () => {
    expect(lead('Is there a USGS number for China\'s antimony output?', 'en')).toMatch(/^The dataset has no figure for that \(antimony\)/);
    expect(lead('Gibt es eine USGS-Zahl für Chinas Antimonproduktion?', 'de')).toMatch(/^Dazu hat der Datensatz keine Zahl/);
  });
  it('while the ban on it, asked of, is that event\'s record', () => {
    expect(lead('Did China suspend the antimony export ban against the US?', 'en')).toMatch(/^China suspends its ban on gallium, germanium and antimony exports/);
  });
});

describe('an ordinal before a noun of a sequence of events ("the second country after Australia to sign")', () => {
  it('ranks no figure', () => {
    // Guard for the place in a ranking beside the country ahead of it.
    expect(lead('Was Malaysia the second country after Australia to sign a minerals deal with the US?', 'en')).not.toMatch(/ranks second for reserves/);
  });
});

describe('a text rescued for a question naming elements', () => {
  it('must name them: a price table without the element is no answer', () => {
    expect(lead('Sm oxide: Argus average price in 2024?', 'en')).toMatch(/^The dataset has no figure or fact for that/);
  });
});

describe('a change stated by its two numbers ("would go from 20 % to 10 %")', () => {
  it('says which way it went, so a claimed level it never reached is a no', () => {
    expect(lead('Did the overall China tariff fall to 37 percent?', 'en')).toMatch(/^No — /);
  });
  it('and the word of its start is no label of the figure after it', () => {
    // Guard: "from" before both changes does not pair the question's numbers with the wrong one.
    expect(lead('Did the overall tariff on China drop from 57% to 47%?', 'en')).not.toMatch(/^No/);
  });
});

describe('places offered to choose from ("in Busan or in Gyeongju?")', () => {
  it('gets the event\'s place first, or "neither"', () => {
    expect(lead('Where did Xi and Trump talk, Busan or Gyeongju?', 'en')).toMatch(/^Busan — Gimhae Air Base/);
    expect(lead('Fand der APEC-Gipfel 2025 in Seoul oder in Busan statt?', 'de')).toMatch(/^Weder noch — HICO/);
  });
  it('leaves days offered to choose from to the weekday answer', () => {
    // Guard: a weekday is no place.
    expect(lead('Did Xi and Trump meet on a Wednesday or a Thursday?', 'en')).not.toMatch(/Neither/);
  });
});

describe('by how much, or how many times, one figure exceeds the other', () => {
  it('gives the difference asked', () => {
    expect(lead('By how much did Australia out-mine Chile in lithium in 2025?', 'en')).toMatch(/Australia has [\d,]+ t more\.$/);
    expect(lead('Wie viel mehr Kobalt hat Kongo (Kinshasa) als Australien an Reserven?', 'de')).toMatch(/liegt um 4,3 Mio\. t vorn\.$/);
  });
  it('gives the multiple asked', () => {
    expect(lead('How many times bigger are Brazil\'s rare earth reserves than India\'s?', 'en')).not.toMatch(/has more\.$/);
    expect(lead('How many times larger are Congo\'s cobalt reserves than Australia\'s?', 'en')).toMatch(/about 3\.5 times as much\.$/);
  });
  it('says only which is larger when neither is asked', () => {
    // Guard.
    expect(lead('Lithium reserves: Australia or Chile?', 'en')).toMatch(/has more\.$/);
  });
});

describe('readers\' words for the texts\' words of the border fighting and its dead, and of arriving', () => {
  it('finds the sentence holding the figure', () => {
    expect(lead('How many people were killed when Thailand and Cambodia fought in July?', 'en')).toMatch(/43 dead/);
    expect(lead('When was there a ceasefire in the Thai-Cambodian fighting?', 'en')).toMatch(/28 Jul/);
  });
  it('reads "landete" as arriving', () => {
    expect(lead('Wann landete Trump in Japan?', 'de')).toMatch(/^27\. Okt\. 2025/);
  });
});

describe('a yes/no question of two words, one a name ("Was anyone killed in Busan?")', () => {
  it('is not settled by a sentence holding only the name', () => {
    expect(lead('Was anyone killed at the Busan talks?', 'en')).not.toMatch(/^Yes/);
  });
  it('while a word of presence beside the name is judged by the presence rule', () => {
    // Guard.
    expect(lead('Was Xi present at APEC?', 'en')).toMatch(/^Yes — /);
  });
});

describe('"ingredient", "component of", "Bestandteil" as words of use', () => {
  it('asks which rare earth is used for the thing named', () => {
    expect(lead('Which rare earth is a key ingredient for refining petroleum?', 'en')).toMatch(/^(Rare earths used for petroleum: Lanthanum|Lanthanum \(La\) is used for: petroleum-refining)/);
  });
});

describe('an element named by its atomic number ("element 63") with a field asked of it', () => {
  it('answers that field of that element, not the list of all seventeen', () => {
    expect(lead('Element 60 – what is it used for?', 'en')).toMatch(/^Neodymium \(Nd, 60\) — Uses:/);
    expect(lead('Wofür braucht man Element 65?', 'de')).toMatch(/^Terbium \(Tb, 65\) — Verwendung:/);
  });
});

describe('"Southeast Asia", "Südostasien" as a region of its own', () => {
  it('ranks only its countries, not China', () => {
    expect(lead('Southeast Asian rare earth reserves: who leads?', 'en')).toMatch(/^Largest reserves of rare earths in Southeast Asia[^\n]*1\. Vietnam/);
    expect(lead('Größte Seltenerdreserven Südostasiens?', 'de')).toMatch(/in Südostasien[^\n]*1\. Vietnam/);
  });
  it('leaves Asia whole', () => {
    // Guard.
    expect(lead('Asian rare earth reserves: who leads?', 'en')).toMatch(/in Asia[^\n]*1\. China/);
  });
});

describe('a span of time in two parts ("1 hour 40 minutes") claimed in a yes/no question', () => {
  it('is one span, not two figures offered to choose from', () => {
    expect(lead('So Trump and Xi talked for 1 hour 40 minutes in Busan, right?', 'en')).toMatch(/^Yes — /);
    expect(lead('Sprachen Trump und Xi in Busan 2 Stunden 30 Minuten miteinander?', 'de')).toMatch(/^Nein — /);
  });
});

describe('what was agreed, asked in the past, against the plan the record states ("China would buy …")', () => {
  it('is settled by the plan: it is what was agreed', () => {
    expect(lead('Did China agree to buy 12 million t of soybeans by the end of 2025?', 'en')).toMatch(/^Yes — White House fact sheet/);
  });
  it('while a deed asked in the past is not settled by a plan', () => {
    // Guard.
    expect(lead('Did Trump visit Beijing in April 2026?', 'en')).not.toMatch(/^Yes/);
  });
});
