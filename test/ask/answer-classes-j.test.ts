// Answer classes of the offline question path (issue 10), tenth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';
import { parseQuestion } from '../../src/ask/query/parse.js';

const dataset = useDataset();
const { ask, lead } = offlineAsker(dataset);

describe('an event named by its place and one of the people who met there ("back in Busan, what did Trump …")', () => {
  it('is that event, as its name would be, while a place alone stays off the beat', () => {
    expect(lead('Back in Busan, what did Trump promise about the overall tariff on Chinese goods?', 'en')).toMatch(/57% to 47%/);
    expect(lead('In Busan, was hat Trump über den Gesamtzoll auf chinesische Waren angekündigt?', 'de')).toMatch(/57 % auf 47 %/);
    expect(lead("What's the weather like in Busan today?", 'en')).toMatch(/^Sorry, that is outside/);
  });
});

describe('"no figure" from a word of a topic without figures, asked about what an event’s record says', () => {
  it('answers from the clause of the record holding the question’s other words', () => {
    expect(lead('Under the Tokyo framework, how quickly should the first selected projects be financed?', 'en')).toMatch(/within six months/);
    // A number asked stays "no figure".
    expect(lead('How many tonnes of antimony did China export to the US after the suspension?', 'en')).toMatch(/^The dataset has no figure/);
  });
});

describe('an event pinned by its day, asked with its place ("What did Beijing decide on 9 November …")', () => {
  it('counts the record’s title and place as its words', () => {
    expect(lead('What did Beijing do on 9 November about antimony?', 'en')).toMatch(/^China suspends its ban on gallium/);
  });
});

describe('a number glued to a word by a hyphen ("2-MW-Windrad") beside a threshold', () => {
  it('describes the thing, so the question stays a yes/no question on the threshold', () => {
    expect(parseQuestion('Enthält ein 2-MW-Windrad mehr als 100 kg Dysprosium?', dataset(), 'de').polar).toBe(true);
    // Two figures offered stay a choice ("erst 22.000, jetzt 20.000").
    expect(parseQuestion('Hat Vietnam 22.000 oder 20.000 Tonnen Reserven?', dataset(), 'de').polar).toBe(false);
  });
});

describe('kilograms as a weight, "priciest" as a price', () => {
  it('reads "kg" alone as a mass and "priciest", "am teuersten" as prices', () => {
    expect(lead('Contains a 2 MW wind turbine more than 50 kg of dysprosium, or less?', 'en')).not.toMatch(/prices/);
    expect(lead('Which rare-earth oxide was the priciest in 2024?', 'en')).toMatch(/terbium oxide 810/);
  });
});

describe('an attribute put aside ("leaving reserves aside", "nicht die Reserven, sondern …")', () => {
  it('is not asked when the question asks another one', () => {
    expect(lead('Leaving reserves aside, what rare-earth resources does the United States have?', 'en')).toMatch(/resources .*3\.6 million t/);
    expect(lead('Nicht die Reserven – welche Lithium-Ressourcen gibt es weltweit?', 'de')).toMatch(/115 Mio\. t/);
    // Put aside with nothing else asked, it stays the question.
    expect(parseQuestion('Not the reserves?', dataset(), 'en').attributes.map((h) => h.attribute.id)).toEqual(['reserves']);
  });
});

describe('a class of elements said of a fact’s figure ("light rare earths" of the mining quota)', () => {
  it('asks that fact, while the class alone still lists its elements', () => {
    expect(ask('China’s 2024 mining quota: how many tonnes were for light rare earths?', 'en').slice(0, 300)).toMatch(/250,850 t was for light/);
    expect(ask('Welcher Teil der Abbauquote 2024 war für leichte Seltene Erden?', 'de').slice(0, 300)).toMatch(/250\.850 t auf leichte/);
    expect(lead('Which elements count as light rare earths?', 'en')).toMatch(/^8 light rare earths/);
  });
});

describe('a word right after the attribute’s words ("the quota went", "imports drop")', () => {
  it('is what the figure did, not a commodity the dataset lacks; before them or behind "of" it still is one', () => {
    expect(lead('How much of China’s 2024 mining quota went to light rare earths?', 'en')).toMatch(/mining 270,000 t/);
    expect(lead('What is the price of vanadium?', 'en')).toMatch(/^The dataset has no figure/);
    expect(lead('Wie hoch ist der Preis für Vanadium?', 'de')).toMatch(/^Dazu/);
    expect(lead('How large are vanadium reserves in China?', 'en')).toMatch(/^The dataset has no figure for that \(vanadium\)/);
  });
});

describe('a share asked only by its unit ("zu wie viel Prozent") beside another figure attribute', () => {
  it('is that figure in percent, and the US imports are named as readers write them ("an den US-Importen")', () => {
    expect(lead('Zu wie viel Prozent sind die USA bei Seltenen Erden von Importen abhängig?', 'de')).not.toMatch(/Weltanteil|weltweiten/);
    expect(ask('Zu wie viel Prozent sind die USA bei Seltenen Erden von Importen abhängig?', 'de').slice(0, 300)).toMatch(/Nettoimportabhängigkeit/);
    expect(lead('Welchen Anteil an den US-Importen von Seltenen Erden hatte Malaysia?', 'de')).toMatch(/Malaysia 13 %/);
  });
});

describe('an answer holding none of the question’s own words the vocabulary does not know', () => {
  it('gives way to the sentence of the dataset holding two thirds of them', () => {
    // The meeting's participants were the answer; the source's note names who explains the drill.
    expect(lead('Who in the ZDF report talks about the apparent military drill near Taiwan?', 'en')).toMatch(/Luisa Houben|Houben/);
  });
});

describe('the world named beside a mineral and no measure ("Kobalt weltweit 2024: 290.000 oder 302.000 t?")', () => {
  it('asks the world’s figure, with its revisions, not the ranking of countries', () => {
    expect(lead('Kobalt weltweit 2024: 290.000 oder 302.000 Tonnen?', 'de')).toMatch(/^Welt — Bergwerksförderung \(Kobalt\) 2024: 302\.000 t/);
    expect(lead('Cobalt worldwide?', 'en')).toMatch(/^World — reserves of cobalt/);
  });
});

describe('two events put in order in a yes/no question ("Was X before Y?", "War X nach Y?")', () => {
  it('answers yes or no by their dates, with both dates, before any stop of the trip', () => {
    expect(lead('Did the Busan meeting take place after the APEC summit?', 'en')).toMatch(/^No — first: Trump–Xi meeting in Busan \(30 Oct 2025\); then: 32nd APEC/);
    expect(lead('War das Treffen in Busan nach dem Abkommen von Tokio?', 'de')).toMatch(/^Ja — zuerst: Rahmenabkommen .*\(28\. Okt\. 2025\); danach: Treffen von Trump und Xi in Busan/);
    expect(lead('Was the Tokyo framework signed before the Thailand–Cambodia declaration?', 'en')).toMatch(/^No — first: Thailand–Cambodia/);
  });
  it('"which came later" puts them in order as "which came first" does', () => {
    expect(lead('Which came later: the Tokyo framework or No. 70?', 'en')).toMatch(/^First: US–Japan framework .*; then: China suspends/);
  });
});

describe('a figure asked in the future tense with no year ("How much lithium will Chile mine?")', () => {
  it('is a forecast the dataset does not hold, while the present tense gets the figure', () => {
    expect(lead('How much lithium will Chile mine?', 'en')).toMatch(/^The dataset has no figure for that: it holds no forecasts/);
    expect(lead('How many tonnes of nickel will Indonesia produce?', 'en')).toMatch(/^The dataset has no figure for that: it holds no forecasts/);
    expect(lead('How much lithium does Chile mine?', 'en')).toMatch(/^Chile — mine production of lithium/);
  });
});

describe('the world’s output of one rare-earth element, which the USGS tables do not hold per element', () => {
  it('is the element note’s sentence stating it, naming the element; a measure its note does not state stays "no figure"', () => {
    expect(lead('How much scandium is produced worldwide?', 'en')).toMatch(/^Scandium: World production about 40 t/);
    expect(lead('Wie viel Scandium wird weltweit gefördert?', 'de')).toMatch(/^Scandium: Weltproduktion rund 40 t/);
    expect(lead('How large are terbium reserves?', 'en')).toMatch(/^The dataset has no figure for that: USGS reports rare earths as one group/);
  });
});

describe('what became of one part of a measure ("Was ist aus Nr. 57 geworden?")', () => {
  it('gives the measure’s outcome right after the part, within the first lines', () => {
    const reply = ask('Was ist aus Pekings Lizenzpflicht für superharte Werkstoffe (Nr. 55) geworden?', 'de');
    expect(reply.slice(0, 320)).toMatch(/Ergebnis: .*ausgesetzt/);
    const en = ask('What became of Beijing’s controls on superhard materials (No. 55)?', 'en');
    expect(en.slice(0, 320)).toMatch(/Outcome: Suspended/);
  });
});

describe('a German count whose counted thing is the verb at the end ("Wie viele Menschen … vertrieben?")', () => {
  it('counts the noun the texts make of it ("300.000 Vertriebene")', () => {
    expect(lead('Wie viele Menschen hat der Grenzkonflikt zwischen Thailand und Kambodscha vertrieben?', 'de')).toMatch(/^300\.000: .*Vertriebenen/);
  });
});

describe('a yes/no question stating a day for an event that fell on another ("elected on 23 October?")', () => {
  it('says no with the event’s own date; the right day gets yes', () => {
    expect(lead('Wurde Takaichi am 23. Oktober zur Premierministerin gewählt?', 'de')).toMatch(/^Nein — 21\. Okt\. 2025: Sanae Takaichi/);
    expect(lead('Was Takaichi elected prime minister on 25 October?', 'en')).toMatch(/^No — 21 Oct 2025: /);
    expect(lead('Wurde Takaichi am 21. Oktober gewählt?', 'de')).toMatch(/^Ja — /);
  });
});

describe('a month named relative to today ("this month", "last month")', () => {
  it('is read against the clock, not the dataset’s as-of date', () => {
    const now = new Date('2026-11-29T09:00:00Z');
    expect(parseQuestion('Is the APEC summit in Shenzhen this month?', dataset(), 'en', now).time).toMatchObject({ kind: 'month', start: '2026-11-01' });
    expect(parseQuestion('Was passierte letzten Monat?', dataset(), 'de', now).time).toMatchObject({ kind: 'month', start: '2026-10-01' });
    // A month by name stays in the dataset's calendar.
    expect(parseQuestion('What happened in April?', dataset(), 'en', now).time).toMatchObject({ kind: 'month', start: '2025-04-01' });
  });
});

describe('a day or month in which the dataset records no event ("What happened in March 2026?")', () => {
  it('says so, with the nearest events, instead of the scope note', () => {
    expect(ask('What happened in March 2026?', 'en')).toMatch(/^The dataset records no event in March 2026\.\n\nThe latest event before it: .*\(10 Nov 2025\)/);
    expect(lead('Was passierte im Juni 2025?', 'de')).toBe('Im Juni 2025 verzeichnet der Datensatz kein Ereignis.');
    expect(lead('What happened on 3 March 2026?', 'en')).toBe('The dataset records no event on 3 Mar 2026.');
  });
});

describe('review: the session’s new classes leave other questions alone', () => {
  it('"percent of world" is the world share, not a unit beside another attribute', () => {
    expect(lead('What percent of world production comes from China?', 'en')).toMatch(/69%/);
    expect(lead('Wie viel Prozent der Weltproduktion stammen aus China?', 'de')).toMatch(/69 %/);
  });
  it('"will" as a request, as German "will", or before the question is no future tense', () => {
    expect(lead('Ich will wissen, wie viel Lithium Chile fördert.', 'de')).toMatch(/Chile/);
    expect(lead('Will you tell me the world’s cobalt reserves?', 'en')).toMatch(/^World — reserves of cobalt/);
    expect(lead('I will ask again: how much lithium does Chile mine?', 'en')).toMatch(/^Chile — mine production of lithium/);
  });
  it('a state asked after an event ("still in force after Busan") is not an order of two events', () => {
    expect(lead('Were the April export controls still in force after the Busan meeting?', 'en')).not.toMatch(/^(No|Yes) — first:/);
    expect(lead('Did China’s April controls stay in place after the Busan meeting?', 'en')).not.toMatch(/^No\b/);
  });
  it('a state on a later day, or a stage done on the day stated, is no "no" of a date check', () => {
    expect(lead('Was Takaichi already prime minister on 27 October?', 'en')).not.toMatch(/^No\b/);
    expect(lead('Was the tariff cut agreed on 30 October?', 'en')).not.toMatch(/^No\b/);
  });
  it('an attribute word after "not" or "setting" mid-question is still asked', () => {
    expect(parseQuestion('China is setting quotas, so how much did production rise?', dataset(), 'en').attributes.map((h) => h.attribute.id)).toContain('quota');
  });
});
