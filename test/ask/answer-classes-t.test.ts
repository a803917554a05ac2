// Answer classes of the offline question path (issue 10), twentieth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a heading of any length before a colon, the question after it naming its own subject', () => {
  it('only says what the reader needs the answer for: the figure asked is answered', () => {
    expect(lead('Angebot für den Kunden mit dem neuen Windpark: Durchschnittspreis Dysprosiumoxid 2024, Dollar je kg?', 'de')).toMatch(/Dysprosiumoxid 260/);
    expect(lead('Slides for our customer workshop on spare generators: average price of terbium oxide in 2024?', 'en')).toMatch(/terbium oxide 810/i);
  });
  it('keeps the heading\'s words when the question points back at them ("there", "dort")', () => {
    expect(lead('Seabed mud near the island of Minamitorishima in the Pacific: how much rare earth is there?', 'en')).toMatch(/no figure/);
    expect(lead('Der Tiefseeschlamm vor der Insel Minamitorishima im Pazifik: wie viel Seltene Erden liegen dort?', 'de')).toMatch(/keine Zahl/);
  });
});

describe('a country\'s adjective standing for its noun at the end ("… als die chilenischen?", "than the Russian ones?")', () => {
  it('is the second country compared, so the yes or no is the comparison\'s', () => {
    expect(lead('Sind Chinas Kobaltreserven größer als die australischen?', 'de')).toMatch(/^Nein — .*China.*Australien.*Australien liegt vorn/);
    expect(lead('Was Indonesian nickel output in 2024 above the Philippine?', 'en')).toMatch(/^Yes — .*Indonesia.*Philippines.*Indonesia has more/);
  });
});

describe('a country or region set aside by the words after it ("Leaving Africa out of it", "Wenn man China beiseitelässt")', () => {
  it('is left out of the ranking asked', () => {
    expect(lead('Leaving Asia out of it, which country mined the most rare earths in 2025?', 'en')).toMatch(/outside Asia.*1\. United States/);
    expect(lead('Wenn man Australien beiseitelässt: Wer förderte 2025 das meiste Lithium?', 'de')).not.toMatch(/^Australien|1\. Australien/);
  });
});

describe('"island" in an English question', () => {
  it('is a word, not the German name of Iceland', () => {
    expect(lead('How much cobalt came out of the island\'s mines in Madagascar last year?', 'en')).toMatch(/^Madagascar — mine production of cobalt in 2025: 3,900 t/);
  });
});

describe('a verb of meeting in an event\'s title ("… and meets Emperor Naruhito", "trifft in Tokio ein")', () => {
  it('names no meeting alone: who met whom does', () => {
    expect(lead('Trump meets Lee - date and weekday, please', 'en')).toMatch(/^Wednesday: Trump–Lee/);
    expect(lead('Trump trifft Lee Jae Myung – Datum?', 'de')).toMatch(/29\. Okt\. 2025/);
  });
});

describe('two country adjectives joined ("the Thai-Cambodian declaration", "Japanese-American")', () => {
  it('name the two sides of the event, not a loose word about it', () => {
    expect(lead('Under the Thai-Cambodian declaration, who was to watch the border afterwards?', 'en')).toMatch(/ASEAN observers/);
  });
});

describe('a seat of government standing for its country ("Beijing\'s", "Pekings", "did Washington …")', () => {
  it('names the country as a possessive or a subject', () => {
    expect(lead('How large are Beijing\'s lithium reserves?', 'en')).toMatch(/^China — reserves of lithium/);
    expect(lead('Wie groß sind Pekings Lithiumreserven?', 'de')).toMatch(/^China — Reserven \(Lithium\)/);
    expect(lead('Did Beijing\'s 2025 mining allowance for rare earths get published?', 'en')).toMatch(/no figure.*quotas for 2023 and 2024, not for 2025/);
  });
  it('stays a place after a preposition of place', () => {
    expect(lead('Which palace in Tokyo did they sign the minerals framework in?', 'en')).toMatch(/^Akasaka Palace/);
  });
});

describe('anything asked of an event on the very day the question names', () => {
  it('is answered by that event, though a word of it names a commodity the tables lack', () => {
    expect(lead('What did China do on 9 November about antimony shipments to the US?', 'en')).toMatch(/suspends its ban on gallium, germanium and antimony/);
  });
});

describe('a yes/no question about an element that names a country, an event, a time or a month', () => {
  it('gets no "Yes" from the element being one of the 17', () => {
    expect(lead('Stand Holmium schon auf der Märzliste?', 'de')).not.toMatch(/^Ja\b/);
    expect(lead('Was holmium a rare earth on China\'s list in March?', 'en')).not.toMatch(/^Yes — Holmium \(Ho, 67\) is one of the 17/);
    expect(lead('Ist Holmium eine Seltene Erde?', 'de')).toMatch(/^Ja — Holmium \(Ho, 67\) ist eines der 17/);
  });
});

describe('"True or false: …", "Richtig oder falsch: …" opening a claim', () => {
  it('asks yes or no, not a choice between two things', () => {
    expect(lead('True or false: Congo mined more than half of the world\'s cobalt in 2024?', 'en')).toMatch(/^Yes — /);
    expect(lead('Richtig oder falsch: China hält mehr als die Hälfte der weltweiten Lithiumreserven?', 'de')).toMatch(/^Nein — /);
  });
});

describe('a share asked of a named edition ("going by MCS 2025")', () => {
  it('is computed from that edition\'s table, not the newest', () => {
    expect(lead('What share of world cobalt output did Congo have in 2024 according to MCS 2025?', 'en')).toMatch(/76% \(220,000 t of the world's 290,000 t, USGS MCS 2025\)/);
  });
});

describe('a claim reported after a comma ("…, wie unser Entwurf behauptet?") and a class asked yes or no', () => {
  it('keeps the yes/no question and answers the class named', () => {
    expect(lead('Zur Sicherheit: Ist Lutetium nach der Einteilung des USGS ein leichtes Element, wie unser Skript behauptet?', 'de')).toMatch(/^Nein — Lutetium ist nach USGS-Konvention eine schwere/);
  });
});

describe('tonnes asked of a sentence that states none ("How many tonnes does the Saxony deposit hold?")', () => {
  it('says the dataset gives no tonnage, then what the sentence says', () => {
    const en = lead('How many tonnes of rare earths lie in the deposit in northern Saxony?', 'en');
    expect(en).toMatch(/^The dataset gives no tonnage for that\./);
    expect(lead('Gibt es eine Tonnenzahl für die Seltenerdvorkommen in Skandinavien?', 'de')).toMatch(/^Der Datensatz enthält keine Tonnenzahl dafür\./);
  });
  it('leaves tonnes stated in a claim, and the "t" of "isn\'t", alone', () => {
    expect(lead('The ZDF piece mentions a big German rare earth deposit that isn\'t mined. Where is it?', 'en')).toMatch(/Saxony/);
  });
});

describe('a month or day asked that one of the question\'s events falls in, beside a country', () => {
  it('names that event, not the country\'s figures', () => {
    expect(lead('Welche sieben Elemente stehen auf Pekings Aprilliste?', 'de')).toMatch(/Bekanntmachung Nr\. 18.*Samarium/);
  });
});

describe('a multiple claimed in a comparison asked yes or no ("more than 10 times", "zehnmal so viel")', () => {
  it('is what the larger figure must clear, and the reply states the multiple', () => {
    expect(lead('Does China mine more than ten times as many rare earths as the United States?', 'en')).toMatch(/^No — .*about 5\.3 times as much/);
    expect(lead('Fördert China mehr als dreimal so viele Seltene Erden wie die USA?', 'de')).toMatch(/^Ja — .*etwa das 5,3-Fache/);
  });
});

describe('an event asked yes or no of a year after the dataset\'s record', () => {
  it('gets no "Yes" from an earlier event', () => {
    expect(lead('Will Trump and Xi meet again in 2028?', 'en')).toMatch(/^The dataset has nothing on 2028 yet/);
  });
});

describe('a measure asked as lasting for good, or as something it is not', () => {
  it('is no when the record gives its end or says what it is', () => {
    expect(lead('Were the October 2025 controls suspended permanently?', 'en')).toMatch(/^No — .*only until 10 Nov 2026/);
    expect(lead('Are the April 2025 controls an export ban?', 'en')).toMatch(/^No — It is a licence requirement, not a ban\./);
    // Each measure's state, none lifted (none-lifted.ts; was the No. 70 record's sentence).
    expect(lead('Did China lift all its rare earth export controls?', 'en')).toMatch(/^No — as recorded up to 6 Feb 2026, none of China's rare-earth export controls was lifted: .*in force; .*suspended on 7 Nov 2025 only until 10 Nov 2026/);
  });
});

describe('words of the review of 500 questions: "die Volksrepublik", "Was bedeuten …", a mineral named twice, seats joined', () => {
  it('reads each as the reader means it', () => {
    expect(lead('Wie viele Seltene Erden hat die Volksrepublik 2023 gefördert?', 'de')).toMatch(/^China — Bergwerksförderung \(Seltene Erden\) 2023/);
    expect(lead('Was bedeuten die Allgemeingenehmigungen vom 1. November?', 'de')).toMatch(/^Faktenblatt des Weißen Hauses/);
    expect(lead('Lithium-cobalt note: Australian cobalt production in 2025?', 'en')).toMatch(/^Australia — mine production of cobalt in 2025/);
    expect(lead('Tokyo and Washington signed a minerals framework - on what day?', 'en')).toMatch(/^28 Oct 2025/);
  });
});

describe('readers\' words: "geliefert" is output, "inked" signed, "in what city" the place', () => {
  it('reads each as its attribute', () => {
    expect(lead('Hat Vietnam oder Malaysia 2025 mehr Seltene Erden geliefert?', 'de')).toMatch(/^Bergwerksförderung \(Seltene Erden\): Vietnam .* gegenüber Malaysia/);
    expect(lead('In what city was the US-Thailand MoU inked?', 'en')).toMatch(/^Kuala Lumpur/);
  });
});

describe('"Sicherheitsausgaben", "Wirtschaftsleistung", "Rahmenwerk"', () => {
  it('are defence spending, GDP and the framework', () => {
    expect(lead('Wie hoch sollen Japans Sicherheitsausgaben nach Takaichis Plan werden?', 'de')).toMatch(/2 % des BIP/);
    expect(lead('Wann wurde das japanisch-amerikanische Rahmenwerk unterzeichnet?', 'de')).toMatch(/^28\. Okt\. 2025/);
  });
});

describe('"Verteidigungsziel", "defence target"', () => {
  it('ask the defence-spending goal', () => {
    expect(lead('Tokios Verteidigungsziel unter Takaichi?', 'de')).toMatch(/2 % des BIP/);
  });
});

describe('a country\'s people named in German ("die Russen", "die Chinesen")', () => {
  it('name the country', () => {
    expect(lead('Wie viele Seltene Erden haben die Russen 2025 gefördert?', 'de')).toMatch(/^Russland — Bergwerksförderung \(Seltene Erden\) 2025: 2\.600 t/);
    expect(lead('Wie groß sind die Lithiumreserven der Chilenen?', 'de')).toMatch(/^Chile — Reserven \(Lithium\)/);
  });
});

describe('a yes/no question naming someone the dataset does not hold ("… with Biden?")', () => {
  it('gets no "Yes" from the rest of the claim', () => {
    expect(lead('Did Takaichi sign the minerals framework with Biden?', 'en')).not.toMatch(/^Yes\b/);
    expect(lead('Did Takaichi sign the minerals framework with Trump?', 'en')).toMatch(/^Yes — /);
  });
});
