// Answer classes of the offline question path (issue 10), sixteenth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { ask, lead } = offlineAsker(dataset);

describe('an agreement asked about one of its terms with no attribute word ("… say about stockpiling?")', () => {
  it('leads with the one item of its list that holds the word', () => {
    expect(lead('What does the US-Japan minerals framework say about stockpiling?', 'en')).toMatch(/stockpiling/);
    expect(lead('Tokyo framework and geological mapping, what does it say?', 'en')).toMatch(/mapping/);
  });
});

describe('a fact asked for two years side by side ("Nd oxide price 2024 vs 2025")', () => {
  it('leads with the sentence of each year, in the order asked', () => {
    expect(lead('Neodymium oxide price 2024 vs 2025', 'en')).toMatch(/56.*73/s);
    expect(lead('Wie teuer war Neodymoxid 2025 im Vergleich zu 2024?', 'de')).toMatch(/73.*56/s);
  });
  it('keeps one sentence when one year is asked', () => {
    expect(lead('Neodymium oxide price 2025', 'en')).not.toMatch(/\b56\b/);
  });
});

describe('context naming the reader\'s purpose before the question ("Für die Unterrichtsstunde zu Magneten: …")', () => {
  it('names no topic the dataset must hold', () => {
    expect(lead('Für die Unterrichtsstunde zu Magneten: Wie teuer war Neodymoxid 2024?', 'de')).toMatch(/Neodymoxid 56/);
    expect(lead('For my seminar on supply chains: what did lanthanum oxide cost in 2024?', 'en')).toMatch(/lanthanum oxide 1\b/);
  });
  it('still says "no figure" for a thing the question itself asks that the dataset lacks', () => {
    expect(lead('For my report: what did a kilo of cobalt cost in 2024?', 'en')).toMatch(/^The dataset has no figure/);
    expect(lead('Für den Einkauf: Was kostete ein Kilo Kobalt 2024?', 'de')).toMatch(/^Dazu (hat|enthält) der Datensatz keine Zahl/);
  });
});

describe('a closing tag and a German statement verb in a price check ("…, didn\'t it?", "… lag 2024 über …, oder?")', () => {
  it('answers the check against the price', () => {
    expect(lead("Nd oxide averaged more than $70 a kilo in 2024, didn't it?", 'en')).toMatch(/^No\b.*neodymium oxide 56/);
    expect(lead('Europiumoxid lag 2024 doch über 50 Dollar je Kilo, oder?', 'de')).toMatch(/^Nein\b.*Europiumoxid 27/);
  });
});

describe('the spread or jump between two prices ("spread per kg", "wie groß ist der Sprung")', () => {
  it('is a comparison of the prices, not a figure the dataset lacks', () => {
    expect(lead('Terbium oxide versus dysprosium oxide in 2024: what was the spread per kg?', 'en')).toMatch(/810/);
    expect(lead('Neodymoxid: Was kostete das Kilo 2024 und was 2025 – wie groß ist der Sprung?', 'de')).toMatch(/56.*73/s);
  });
});

describe('"im Mittel" for an average price', () => {
  it('asks the average the dataset holds', () => {
    expect(lead('Wie teuer war Terbiumoxid 2024 im Mittel?', 'de')).toMatch(/Terbiumoxid 810/);
  });
});

describe('an attribute qualified by the words of another\'s phrase ("Nettoimportabhängigkeit … bei Seltenerdverbindungen und -metallen")', () => {
  it('is answered by the fact that states both', () => {
    expect(lead('Wie hoch war 2020 die Nettoimportabhängigkeit der USA bei Seltenerdverbindungen und -metallen?', 'de')).toMatch(/100 % im Jahr 2020/);
    expect(lead('Back in 2020, how dependent was the US on imports for rare earth compounds and metals?', 'en')).toMatch(/100% in 2020/);
  });
  it('leaves the value of the imports to its own fact', () => {
    expect(ask('What were US imports of rare earth compounds and metals worth in 2024?', 'en')).toMatch(/\$170 million/);
  });
});

describe('a term asked with where it stands ("REO bei den Mengenangaben") or pointed back at ("… das Kürzel NA. Was bedeutet dieses Kürzel?")', () => {
  it('asks its meaning', () => {
    expect(lead('Was bedeutet die Abkürzung REO bei den Mengenangaben für Seltene Erden?', 'de')).toMatch(/Seltenerdoxid/);
    expect(lead('What does W mean in the lithium table?', 'en')).toMatch(/withheld/);
    expect(lead('In der USGS-Tabelle steht bei manchen Ländern nur NA. Was bedeutet dieses Kürzel?', 'de')).toMatch(/nicht verfügbar/);
  });
});

describe('a figure claimed with a scale word and no unit ("still 21 million?", "1.9 million, right?")', () => {
  it('is checked against the figure, in its unit', () => {
    expect(lead("Are Brazil's reserves still 21 million?", 'en')).toMatch(/^No\b.*11 million t/);
    expect(lead('Sind Brasiliens Reserven noch 21 Millionen?', 'de')).toMatch(/^Nein\b.*11 Mio\. t/);
    expect(lead("whats the US rare earth reserve number, 1.9 million right?", 'en')).toMatch(/^Yes\b.*United States.*1\.9 million t/);
  });
});

describe('a revision asked with no edition named ("Did USGS revise Vietnam\'s reserves?")', () => {
  it('counts a change between any editions held; "since the last edition" only the one before', () => {
    expect(lead("Did USGS revise Vietnam's reserves?", 'en')).toMatch(/^Yes\b.*22 million t/);
    expect(lead('Wurden Vietnams Reserven korrigiert?', 'de')).toMatch(/^Ja\b/);
    expect(lead("Has Vietnam's reserve figure changed since the last edition?", 'en')).toMatch(/^No\b/);
    expect(lead("Has China's rare earth reserve figure changed?", 'en')).toMatch(/^No\b/);
  });
});

describe('a day claimed for an event that fell on another day in the same city ("signed on October 27")', () => {
  it('is answered no with the event\'s own day, not with what happened in that city that day', () => {
    expect(lead("The Japan framework was signed on October 27, wasn't it?", 'en')).toMatch(/^No — 28 Oct 2025: US–Japan framework/);
  });
});

describe('the European Union ("EU rare earth production")', () => {
  it('is no continent and no country of the tables: no figure, not Europe\'s or the world\'s', () => {
    expect(lead('EU rare earth production total', 'en')).toMatch(/^The dataset has no figure for that \(EU\)/);
    expect(lead('rare earth production in the European Union', 'en')).toMatch(/^The dataset has no figure/);
    expect(lead('Wie viel Seltene Erden fördert die EU?', 'de')).toMatch(/^Dazu hat der Datensatz keine Zahl/);
    expect(lead('Europe rare earth production', 'en')).toMatch(/in Europe/);
  });
});

describe('a tonnage claimed in a fragment ("AU reserves still 5.7 Mt in the latest USGS?") or in the context of a yes/no question', () => {
  it('is checked against the figure', () => {
    expect(lead('AU rare earth reserves still 5.7 Mt in the latest USGS?', 'en')).toMatch(/^No\b.*6\.3 million t/);
    expect(lead('China 44 Mt reserves?', 'en')).toMatch(/^Yes\b/);
    expect(lead('A source tells us Nigeria mined 13,000 t of rare earths in 2024. Does the current USGS figure back that up?', 'en')).toMatch(/^No\b.*1,500 t/);
  });
});

describe('the words of a request ("weiß man das?")', () => {
  it('name nothing the dataset must hold', () => {
    expect(lead('Welches Land kommt beim Gallium eigentlich gleich hinter China, weiß man das?', 'de')).toMatch(/^Platz 2 .*Russland/);
  });
});

describe('colloquial German for mining ("rausgeholt") and a closing "ja/nein"', () => {
  it('asks the production figure; the tag names nothing', () => {
    expect(lead('wie viel lithium hat australien letztes jahr eigentlich rausgeholt?', 'de')).toMatch(/^Australien — Bergwerksförderung \(Lithium\) 2025: 92\.000 t/);
    expect(lead('Chinas Reserven an Seltenen Erden 44 Mio. t, ja/nein?', 'de')).toMatch(/^Ja\b/);
  });
});

describe('two countries compared in a sentence listing "X produced 180 t, Canada 20 t"', () => {
  it('gives each country the tonnage after its name', () => {
    expect(lead("Was China's germanium output bigger than Canada's in 2022?", 'en')).toMatch(/^Yes\b/);
    expect(lead("Was Canada's germanium output bigger than China's in 2022?", 'en')).toMatch(/^No\b/);
  });
});

describe('a change between years stated and put as a question ("… in 2025 ist höher als in 2024?")', () => {
  it('is a yes/no question', () => {
    expect(lead('Lithium Produktion von Simbabwe in 2025 ist höher als in 2024?', 'de')).toMatch(/^Ja\b/);
    expect(lead('Zimbabwe lithium output in 2025 was lower than in 2024?', 'en')).toMatch(/^No\b/);
  });
});

describe('German superlatives of size ("die umfangreichsten Nickelreserven")', () => {
  it('rank', () => {
    expect(lead('Nenn mir die zwei Staaten mit den umfangreichsten Kobaltreserven.', 'de')).toMatch(/^Größte Reserven \(Kobalt\).*2\. Australien/);
  });
});

describe('"when" answered by a sentence of an event stating no day ("Trump also spoke at the APEC CEO Summit.")', () => {
  it('opens with the event\'s day', () => {
    expect(lead('When did Trump address the APEC CEO Summit?', 'en')).toMatch(/^29 Oct 2025: Trump also spoke/);
  });
});

describe('a figure claimed with a decimal ("9.3 Mt?")', () => {
  it('is checked to its last digit, not within a few per cent', () => {
    expect(lead('Chile has 9.3 Mt of lithium reserves?', 'en')).toMatch(/^No\b.*9\.2 million t/);
    expect(lead('Chile has 9.2 Mt of lithium reserves?', 'en')).toMatch(/^Yes\b/);
    expect(lead('China has 44 Mt of rare earth reserves, right?', 'en')).toMatch(/^Yes\b/);
  });
});

describe('a weekday claimed for an event found only by the day stated', () => {
  it('is not confirmed by that day\'s other event', () => {
    expect(lead('The framework was signed on Monday 27 October, right?', 'en')).not.toMatch(/^Yes\b/);
    expect(lead('Did Trump meet the emperor on Monday 27 October?', 'en')).toMatch(/^Yes — Monday, 27 Oct 2025/);
  });
});

describe('a measure asked lifted that its record says stays ("Did Malaysia lift its ban?")', () => {
  it('is answered no; a figure shown for another question says neither yes nor no', () => {
    expect(lead('Did Malaysia lift its raw rare earth export ban?', 'en')).toMatch(/^No\b.*stays/);
    expect(lead('Has Malaysia lifted its export ban on rare earths?', 'en')).toMatch(/^No\b/);
    expect(lead('Hat Malaysia das Exportverbot für Seltene Erden aufgehoben?', 'de')).not.toMatch(/^Ja\b/);
  });
});

describe('a share claimed to the percent ("99% of world gallium output, yes/no")', () => {
  it('is checked to the percent; a bound stays a bound', () => {
    expect(lead('China had 99% of world gallium output in 2024 yes/no', 'en')).toMatch(/^Yes\b/);
    expect(lead('China had 90% of world gallium output in 2024, right?', 'en')).toMatch(/^No\b/);
    expect(lead('Did China have more than 95% of world gallium output in 2024?', 'en')).toMatch(/^Yes\b/);
  });
});

describe('a year claimed after the word a sentence puts another year after ("the first since 2017?")', () => {
  it('is answered no', () => {
    expect(lead('War das Treffen Trump–Xi das erste seit 2017?', 'de')).toMatch(/^Nein\b/);
    expect(lead('War das Treffen Trump–Xi das erste seit 2019?', 'de')).toMatch(/^Ja\b/);
    expect(lead('Did Trump and Xi meet in 2025?', 'en')).toMatch(/^Yes\b/);
  });
});

describe('a count asked of a day ("Wie viele Bekanntmachungen gab es am 9. Oktober?")', () => {
  it('counts the noun, not the day of the month', () => {
    expect(lead('Wie viele Bekanntmachungen gab es am 9. Oktober?', 'de')).toMatch(/^6: /);
  });
});

describe('a duration in an event\'s text ("for about 1 hour 40 minutes")', () => {
  it('is no date of the event', () => {
    expect(lead('When had Trump and Xi last met in person before Busan?', 'en')).not.toMatch(/2026/);
  });
});

describe('a short month in a date ("what happened on Oct 26?")', () => {
  it('is the date, not the "oct" of an event\'s id', () => {
    expect(lead('what happened on Oct 26?', 'en')).not.toMatch(/9 Oct 2025/);
    expect(lead('what happened on Oct 26?', 'en')).toMatch(/26 Oct 2025/);
  });
  it('while the whole alias still names its event ("the Oct controls")', () => {
    expect(lead('What were the Oct controls?', 'en')).toMatch(/^(MOFCOM[^—]*— )?China widens its export controls/);
  });
});

describe('a count asked of a fact ("how many cherry trees …?")', () => {
  it('leads with the sentence stating how many', () => {
    expect(lead('how many cherry trees is Japan giving Washington?', 'en')).toMatch(/250 cherry trees/);
    expect(lead('Wie viele Kirschbäume schenkt Japan Washington?', 'de')).toMatch(/250 Kirschbäume/);
  });
});
