// Answer classes of the offline question path (issue 10), twenty-second part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a price asked with a verb of selling ("What did terbium oxide fetch?", "Kilopreise")', () => {
  it('gives the price, not "no figure"', () => {
    expect(lead('What did terbium oxide fetch per kilo in 2024?', 'en')).toMatch(/terbium oxide 810/i);
    expect(lead('Neodymoxid und Lanthanoxid, Kilopreise 2024?', 'de')).toMatch(/Neodymoxid 56/);
  });
});

describe('two things asked side by side ("nebeneinander", "side by side")', () => {
  it('is a comparison, not a word the dataset lacks', () => {
    expect(lead('Terbiumoxid und Europiumoxid, Preise 2024 nebeneinander?', 'de')).not.toMatch(/keine Zahl/);
    expect(lead('Terbium oxide and europium oxide prices side by side?', 'en')).not.toMatch(/no figure/);
  });
});

describe('a country\'s imports in German with "bezogen"', () => {
  it('asks where the imports came from', () => {
    expect(lead('Welchen Anteil ihrer Seltenen Erden haben die USA aus China bezogen?', 'de')).toMatch(/70 %/);
  });
});

describe('a rise between two years in German ("zugelegt")', () => {
  it('is answered yes or no with both figures', () => {
    expect(lead('Hat Australien beim Lithium 2025 gegenüber 2024 zugelegt?', 'de')).toMatch(/^(Ja|Nein) —/);
  });
});

describe('the value of output asked as "valued at"', () => {
  it('gives the value in dollars', () => {
    expect(lead('The rare-earth concentrates the United States produced in 2024 were valued at what?', 'en')).toMatch(/\$?260 million|260 Mio/);
  });
});

describe('a place asked with "who" ("Who was second among cobalt producers?")', () => {
  it('is a ranking, not the participants of an event', () => {
    expect(lead('Who came third among cobalt-producing countries in 2025?', 'en')).toMatch(/ranks third/);
  });
  it('while "who" of an event named still asks its people', () => {
    expect(lead('Who signed the Kuala Lumpur joint declaration?', 'en')).toMatch(/Anutin/);
  });
});

describe('the world named by the question after a context naming a country', () => {
  it('asks the world\'s figure, not the context\'s country', () => {
    expect(lead('Writing about the trade row with China. How much lithium was mined worldwide in 2024?', 'en')).toMatch(/^World/);
  });
  it('while a question naming nothing still takes the context\'s country', () => {
    expect(lead('Writing about the trade row with China. How much lithium was mined there in 2024?', 'en')).toMatch(/China/);
  });
});

describe('a date asked with "kick in"', () => {
  it('asks when the measure took effect', () => {
    expect(lead('When did the tariff cut kick in?', 'en')).toMatch(/10 Nov 2025/);
  });
});

describe('a share of the US imports asked with "came from" or "Anteil … bezogen"', () => {
  it('gives the import sources, not "no figure" or a share of world output', () => {
    expect(lead('What share of US rare earth imports came from Malaysia?', 'en')).toMatch(/Malaysia 13%/);
    expect(lead('Welchen Anteil ihrer Seltenerdimporte hat die USA aus Japan bezogen?', 'de')).toMatch(/Japan 6 %/);
  });
  it('while a share of world output is still that', () => {
    expect(lead('Welchen Anteil an der Weltförderung hatte China 2025?', 'de')).toMatch(/69 %/);
  });
});

describe('a term asked with "what\'s behind", "was steckt hinter" or a closing "meaning?"', () => {
  it('gives what the term means', () => {
    expect(lead('Was steckt hinter dem Kürzel NA?', 'de')).toMatch(/NA = nicht verfügbar/);
    expect(lead('Cobalt table, the United States row says W - meaning?', 'en')).toMatch(/W = withheld/);
  });
  it('while a term followed by more words is no such question', () => {
    expect(lead('South Korea\'s gallium output in 2024 – what does USGS give?', 'en')).not.toMatch(/^The marks mean/);
  });
});

describe('a German tag question "Tut es das?" after a claim', () => {
  it('is answered yes or no', () => {
    expect(lead('Mein Nachbar sagt, Nickel gehöre zu den Seltenen Erden. Tut es das?', 'de')).toMatch(/^Nein — Nickel ist keine Seltene Erde/);
  });
});

describe('an agreement called a paper or a document ("das Papier", "the document")', () => {
  it('names the agreement of the countries asked (a guard: the document kind joins the agreement words)', () => {
    expect(lead('Was sieht das Papier von Thailand und Kambodscha zur Minenräumung vor?', 'de')).not.toMatch(/außerhalb meines Themas|keine Zahl/);
  });
});

describe('a question phrase sharpened from inside ("which exact day", "an welchem genauen Tag")', () => {
  it('asks as the plain phrase does', () => {
    expect(lead('Which exact day did Japan\'s parliament elect Takaichi?', 'en')).toMatch(/21 Oct 2025/);
    expect(lead('An welchem genauen Tag trat die US-Zollsenkung in Kraft?', 'de')).toMatch(/^10\. Nov\. 2025/);
  });
});

describe('a span of hours claimed ("met for three hours")', () => {
  it('is no date: the duration the record states answers', () => {
    expect(lead('Did Trump and Xi talk for three hours in Busan?', 'en')).toMatch(/^No — .*1 hour 40 minutes/);
  });
});

describe('a statement followed by a short question-word question ("… angekündigt. Welches?", "… In welcher Gegend?")', () => {
  it('asks no yes or no', () => {
    expect(lead('Laut Bericht liegen in Europa große Seltenerd-Vorkommen. In welcher Gegend?', 'de')).not.toMatch(/^(Ja|Nein) —/);
    expect(lead('Laut Reuters trafen sich Trump und Xi in Busan. Wann genau?', 'de')).toMatch(/^30\. Okt\. 2025/);
    expect(lead('Laut USGS hat China 44 Mio. t Seltenerdreserven. In welcher Ausgabe?', 'de')).toMatch(/^China — Reserven/);
  });
});

describe('"where" in a region whose own facts say where ("Wo in Europa …?")', () => {
  it('gives those facts, not a ranking of the region\'s countries', () => {
    expect(lead('Wo in Europa liegen laut ZDF gewaltige, nicht erschlossene Vorkommen Seltener Erden?', 'de')).toMatch(/Skandinavien/);
  });
  it('while "where" in a region without such facts still ranks its countries', () => {
    expect(lead('Wo in Ozeanien wird Kobalt gefördert?', 'de')).toMatch(/^Größte Bergwerksförderung \(Kobalt\) in Ozeanien/);
  });
});

describe('a yes/no question giving an event the wrong year ("Did the Busan meeting take place in 2024?")', () => {
  it('is a "no" with the date', () => {
    expect(lead('Did Trump and Xi meet in Busan in 2024?', 'en')).toMatch(/^No — .*30 Oct 2025/);
    expect(lead('Wurde das Rahmenabkommen zwischen den USA und Japan 2024 unterzeichnet?', 'de')).toMatch(/^Nein —/);
  });
  it('while a year the sentence itself states ("since 2019") is no contradiction', () => {
    expect(lead('Was Busan the first in-person meeting of Trump and Xi since 2019?', 'en')).toMatch(/^Yes —/);
  });
});

describe('a person given another country\'s office ("Was Hun Manet the Thai prime minister?")', () => {
  it('is a "no": the sentence places the person in their own country', () => {
    expect(lead('Was Hun Manet the Thai prime minister?', 'en')).toMatch(/^No —/);
    expect(lead('Ist Lee Jae Myung Präsident von Japan?', 'de')).toMatch(/^Nein —/);
  });
  it('while the right country is a "yes"', () => {
    expect(lead('Was Anutin the Thai prime minister?', 'en')).toMatch(/^Yes —/);
  });
});

describe('a country asked as the place of an event ("Did Trump meet Xi in Japan?")', () => {
  it('is checked against the country the event\'s place is in', () => {
    expect(lead('Did Trump and Xi meet in Japan?', 'en')).toMatch(/^No — .*Busan/);
    expect(lead('Did Trump meet Lee Jae Myung in South Korea?', 'en')).toMatch(/^Yes —/);
    expect(lead('Wurde das Abkommen zwischen den USA und Japan in China unterzeichnet?', 'de')).toMatch(/^Nein — .*Tokio/);
  });
});

describe('a share claimed ("99%?") beside a sentence stating only kilograms', () => {
  it('is not settled by that sentence: no "No" to a share the dataset states', () => {
    expect(lead('Is China\'s share of gallium output 99%?', 'en')).not.toMatch(/^No —/);
  });
});

describe('a German compound of output or price ("Minenproduktion", "how cheap")', () => {
  it('asks the figure, not a word the dataset lacks', () => {
    expect(lead('Bergwerksproduktion Vietnam 2024', 'de')).toMatch(/^Vietnam — Bergwerksförderung/);
    expect(lead('How cheap was lanthanum oxide in 2024?', 'en')).toMatch(/lanthanum oxide 1/);
  });
});

describe('a yes/no question about a measure whose record holds the word of a topic the dataset lacks ("exports")', () => {
  it('is about the measure, not about export volumes', () => {
    expect(lead('Did China ban gallium exports to the United States?', 'en')).not.toMatch(/no figure/);
  });
  it('while export volumes asked are still not in the dataset', () => {
    expect(lead('How much gallium did China export in 2024?', 'en')).toMatch(/no figure/);
  });
});

describe('an event named as the ban it suspends ("das Gallium-Verbot")', () => {
  it('names the event', () => {
    expect(lead('Bis wann ist das Gallium-Verbot ausgesetzt?', 'de')).toMatch(/27\. Nov\. 2026/);
  });
});

describe('participants of an event in a German reply', () => {
  it('are named in German ("Kaiser Naruhito", "Vorsitz"), with no English label left', () => {
    const reply = lead('Wer war beim APEC-Treffen in Gyeongju dabei?', 'de');
    expect(reply).toMatch(/Lee Jae Myung \(Vorsitz\)/);
    expect(reply).not.toMatch(/\(chair\)/);
  });
});

describe('a word of the dataset\'s texts misspelt by a doubled or swapped letter ("tarrif", "Abkomen")', () => {
  it('reads as the word meant', () => {
    expect(lead('When did the reduced tarrifs on China start after Busan?', 'en')).toMatch(/^10 Nov 2025/);
    expect(lead('Wann wurde das Tokio-Abkomen unterzeichnet?', 'de')).toMatch(/28\. Okt\. 2025/);
  });
  it('while a word one other letter away stays the reader\'s own ("sending" is not "spending")', () => {
    expect(lead('Is Japan sending more on defence?', 'en')).not.toMatch(/spending/i);
  });
});

describe('a place named "runner-up"', () => {
  it('is the second place of the ranking', () => {
    expect(lead('Which country was the runner-up in cobalt reserves?', 'en')).toMatch(/ranks second for reserves of cobalt/);
  });
});

describe('how long ago an event was ("How many days ago …?", "Vor wie vielen Tagen …?")', () => {
  it('gives its date and the days from it to today', () => {
    expect(lead('How many days ago did Trump and Takaichi sign the framework in Tokyo?', 'en')).toMatch(/^28 Oct 2025: .* – 397 days ago \(as of 29 Nov 2026\)/);
    expect(lead('Wie lange ist das Treffen von Trump und Xi in Busan her?', 'de')).toMatch(/^30\. Okt\. 2025: .* – vor 395 Tagen/);
  });
  it('while an event asked without such words keeps its card', () => {
    expect(lead('When did Trump and Xi meet in Busan?', 'en')).not.toMatch(/days ago/);
  });
});

describe('a class named after a word of classing ("Which rare earths are classed as heavy?")', () => {
  it('lists that class, not all seventeen', () => {
    expect(lead('Which rare earths are classed as light?', 'en')).toMatch(/^8 light rare earths/);
  });
  it('while classing asked in general still explains the rare earths', () => {
    expect(lead('How are rare earths classed?', 'en')).toMatch(/^17 elements/);
  });
});
