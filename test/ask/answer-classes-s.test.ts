// Answer classes of the offline question path (issue 10), nineteenth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a country\'s people or adjective alone ("the Chinese", "was Japanese") beside a figure', () => {
  it('names the country, not the event whose participants are that country\'s delegation', () => {
    expect(lead('How much of the world\'s rare-earth output in 2025 was Chinese?', 'en')).toMatch(/China .*69%/);
    expect(lead('Who holds the third-largest rare-earth reserves behind the Chinese and the Brazilians?', 'en')).toMatch(/^Australia ranks third/);
  });
});

describe('a number or an ordinal word that a title or an alias holds ("first", "two")', () => {
  it('names an event only as the quantity the title states ("Zwei-Prozent-Ziel", "two-percent target")', () => {
    expect(lead('Bis wann will Takaichi das Zwei-Prozent-Ziel erreichen?', 'de')).toMatch(/^Bis zum 31\. März 2026/);
    expect(lead('By when does Takaichi want to hit the two-percent target?', 'en')).toMatch(/^Until 31 Mar 2026/);
  });
  it('names no event alone: the figure asked is answered', () => {
    expect(lead('The Burmese rare-earth tonnage in 2024, first and second estimate?', 'en')).toMatch(/Burma.*27,000 t/);
  });
});

describe('the first place before a count ("the first three countries", "die ersten fünf")', () => {
  it('asks the top of the ranking with that many places', () => {
    expect(lead('Lithium reserves: the first three countries with their tonnes?', 'en')).toMatch(/^Largest reserves of lithium.*3\. China 4\.6 million t\.$/m);
    expect(lead('Die ersten zwei Länder bei den Kobaltreserven?', 'de')).toMatch(/^Größte Reserven \(Kobalt\).*2\. [^;]+\.$/m);
  });
});

describe('a "%" standing for a word ("what % of …", "wie viel % …")', () => {
  it('asks a share', () => {
    expect(lead('what % of global rare earth mine output came from China in 2025?', 'en')).toMatch(/^China .*69%/);
    expect(lead('Wie viel % der Weltförderung Seltener Erden stammten 2025 aus China?', 'de')).toMatch(/^China .*69 %/);
  });
  it('leaves a percentage after a number as a figure', () => {
    expect(lead('Is China\'s share of world mine production 69 %?', 'en')).toMatch(/69%/);
  });
});

describe('a yes/no question checking the class its context claims ("X says Dy is light. Does the USGS agree?")', () => {
  it('answers yes or no to the claimed class', () => {
    expect(lead('My teacher said gadolinium is a heavy rare earth. Does the USGS classification agree?', 'en')).toMatch(/^No — Gadolinium is a light/);
    expect(lead('Im Datenblatt steht, Yttrium sei eine schwere Seltene Erde. Stimmt das nach USGS?', 'de')).toMatch(/^Ja — Yttrium/);
  });
});

describe('a tag of its own with a short qualifier ("Stimmt das laut USGS?", "legit?")', () => {
  it('asks yes or no of the statement before it', () => {
    expect(lead('Heard that China churned out 270,000 t of rare earths in 2025. Legit?', 'en')).toMatch(/^Yes — China/);
    expect(lead('Australien hat 2025 rund 100.000 t Seltene Erden gefördert. Stimmt das laut USGS?', 'de')).toMatch(/^Nein — Australien/);
  });
});

describe('a fact of another year than the one asked, tied to an event of that year ("who hosted APEC in 2025?")', () => {
  it('is answered by that event, not "no figure for 2025"', () => {
    expect(lead('Welche Stadt war 2025 Gastgeber der APEC?', 'de')).toMatch(/^[^\n]*Gyeongju/);
    expect(lead('Wer hatte 2025 den APEC-Vorsitz?', 'de')).toMatch(/^[^\n]*Lee Jae Myung/);
  });
  it('still says a quota of a year not held is not in the dataset', () => {
    expect(lead("What was Beijing's rare-earth mining quota for 2025?", 'en')).toMatch(/no figure/);
  });
});

describe('a country\'s adjective inside a question phrase ("Which Korean city …", "In welcher japanischen Stadt …")', () => {
  it('reads the phrase as if the adjective were not there', () => {
    expect(lead('Which Korean city hosted the APEC leaders in 2025?', 'en')).toMatch(/^[^\n]*Gyeongju/);
    expect(lead('Which Korean city did Trump and Xi meet in?', 'en')).toMatch(/^Gimhae Air Base, Busan/);
  });
  it('takes the event whose title names the country (the US–Japan framework, not Australia\'s with a Japanese stake)', () => {
    expect(lead('In welcher japanischen Stadt wurde das Rahmenabkommen unterzeichnet?', 'de')).toMatch(/^Akasaka-Palast \(Staatsgästehaus\), Tokio: Rahmenabkommen zwischen den USA und Japan/);
  });
});

describe('a name no text holds before the figure\'s verb, a year or a bound between ("Hat Iluka 2024 mehr als 5.000 t gefördert?")', () => {
  it('is a producer the dataset has no figure for, never the world\'s figure or a "yes" from it', () => {
    expect(lead('Hat Iluka 2024 mehr als 5.000 t gefördert?', 'de')).toMatch(/keine Zahl/);
    expect(lead('Welche Menge hat Iluka 2024 gefördert?', 'de')).toMatch(/keine Zahl/);
  });
  it('leaves a country before its year and verb answered', () => {
    expect(lead('Welche Menge hat China 2025 gefördert?', 'de')).toMatch(/^China .*270\.000 t/);
  });
});

describe('"most" right before a noun the vocabulary does not hold ("the size of most generators we maintain")', () => {
  it('counts how many of them and ranks nothing: the figure asked is answered', () => {
    expect(lead('How many kg of neodymium are in a 2 MW turbine, the size most operators install?', 'en')).toMatch(/372 kg/);
  });
  it('still ranks before a word of the vocabulary ("most reserves")', () => {
    expect(lead('Who holds most reserves of rare earths?', 'en')).toMatch(/^Largest reserves/);
  });
});

describe('another country\'s own export ban asked of ("Hebt Malaysia sein Exportverbot auf?", "Did Malaysia end its ban?")', () => {
  it('is told by the record of that country\'s event, and a verb of ending it is answered no against "stays"', () => {
    expect(lead('Schafft Malaysia sein Exportverbot für Seltene Erden ab?', 'de')).toMatch(/^Nein — .*Zafrul/);
    expect(lead('Is Malaysia scrapping its raw rare earth export ban?', 'en')).toMatch(/^No — .*Zafrul/);
  });
});

describe('a share claimed without a bound ("Is US import reliance 100%?")', () => {
  it('is right only as the share of the newest year, not because an older year had it', () => {
    expect(lead('Is the US 100% reliant on imported rare earths?', 'en')).toMatch(/^No — .*67%/);
    expect(lead('Liegt die Importabhängigkeit der USA bei Seltenen Erden bei 100 %?', 'de')).toMatch(/^Nein — .*67 %/);
  });
  it('is yes for the year it was', () => {
    expect(lead('Was US net import reliance for rare earths 100% in 2020?', 'en')).toMatch(/^Yes — /);
  });
});

describe('"all" asked of a measure against a record saying "only" ("Did China suspend all its controls?")', () => {
  it('is no, with what the suspension covered', () => {
    expect(lead('Has China suspended all of its rare-earth export controls?', 'en')).toMatch(/^No — .*Only the 9 October measures/);
    expect(lead('Hat China sämtliche Exportkontrollen für Seltene Erden ausgesetzt?', 'de')).toMatch(/^Nein — .*nur die Maßnahmen vom 9\. Oktober/);
  });
});

describe('an event named with a word of another instance ("the next APEC", "die nächste APEC")', () => {
  it('is the fact about that instance, not the place or the definition of the one held', () => {
    expect(lead('Where is the next APEC going to be?', 'en')).toMatch(/^China chairs APEC in 2026; Shenzhen/);
    expect(lead('In welcher Stadt findet die nächste APEC statt?', 'de')).toMatch(/Shenzhen/);
    expect(lead("What's the next APEC?", 'en')).toMatch(/Shenzhen/);
  });
  it('leaves the definition of the term alone', () => {
    expect(lead('What is APEC?', 'en')).toMatch(/^APEC \(Asia-Pacific Economic Cooperation\)/);
    expect(lead('What does REO mean?', 'en')).toMatch(/rare-earth oxide \(REO\) equivalent/);
  });
});

describe('a ranking asked for a year no table holds ("Who mined the most rare earths in 2014?")', () => {
  it('says which years it holds, never the newest year\'s ranking instead', () => {
    expect(lead('Which country mined the most rare earths in 2012?', 'en')).toMatch(/^The dataset has no figure for that: it holds mine production of rare earths for 20\d\d–20\d\d, not for 2012\./);
    expect(lead('Top 3 Lithiumproduzenten 2018?', 'de')).toMatch(/^Dazu hat der Datensatz keine Zahl: .* nicht für 2018\./);
  });
  it('ranks a year it holds', () => {
    expect(lead('Which country mined the most rare earths in 2023?', 'en')).toMatch(/^Largest mine production of rare earths \(USGS MCS 2025, 2023\)/);
  });
});

describe('readers\' words for import reliance and import sources ("wie abhängig", "woher stammen"), and "credit … with"', () => {
  it('read as those attributes', () => {
    expect(lead('Wie abhängig waren die USA 2024 von Importen Seltener Erden?', 'de')).toMatch(/^Nettoimportabhängigkeit der USA/);
    expect(lead('Woher stammen die meisten Seltenerd-Einfuhren der USA?', 'de')).toMatch(/China 70 %/);
    expect(lead('What rare-earth reserves does the USGS credit Tanzania with?', 'en')).toMatch(/^Tanzania — reserves/);
  });
});

describe('two minerals in a heading, one of them named again after its colon ("Nickel-cobalt desk: Indonesia\'s cobalt output?")', () => {
  it('asks the one named after the colon', () => {
    expect(lead("Nickel-cobalt desk note: what was the Philippines' cobalt output in 2024?", 'en')).toMatch(/^Philippines — mine production of cobalt/);
  });
  it('reads "the two USGS books", "looks different" as editions, no unknown words', () => {
    expect(lead('The Vietnamese rare-earth tonnage for 2024 looks different in the last two books — old vs new?', 'en')).toMatch(/^Vietnam — mine production of rare earths in 2024/);
  });
});

describe('words of giving ("schenkt", "gifting")', () => {
  it('ask the cherry trees, not an event with a Japanese stake', () => {
    expect(lead('Was schenkt Japan Washington?', 'de')).toMatch(/^[^\n]*Kirschbäume/);
  });
});

describe('"block" for a ban ("When did China block gallium exports to the US?")', () => {
  it('is the ban, not its later suspension', () => {
    expect(lead('When did China block germanium exports to the United States?', 'en')).toMatch(/^December 2024/);
  });
});
