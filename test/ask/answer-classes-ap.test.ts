// Answer classes of the offline question path (issue 10), forty-second part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';
import { findTime } from '../../src/ask/query/time.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);
const clock = new Date('2026-11-29T09:00:00Z');

describe('a span counted from something named, not from today', () => {
  it('reads "days after the signing" and "a week later in Tokyo" as no day of the calendar', () => {
    expect(findTime('What did Malaysia say three days after the signing in Kuala Lumpur?', dataset(), clock)).toBeUndefined();
    expect(findTime('And what happened a week later in Tokyo?', dataset(), clock)).toBeUndefined();
    expect(findTime('Did anything change two weeks before the summit in 2025?', dataset(), clock)?.kind).toBe('year');
  });
  it('while a span counted from now is still read against the clock', () => {
    // Guards: "ago" and "from now" count from today.
    expect(findTime('What happened ten days ago?', dataset(), clock)).toMatchObject({ kind: 'day', start: '2026-11-19', relative: true });
    expect(findTime('What is scheduled two weeks from now?', dataset(), clock)).toMatchObject({ kind: 'day', start: '2026-12-13' });
    // A span ending the question names nothing to count from: no event card for "days" found by retrieval.
    expect(lead('And two days before?', 'en')).not.toMatch(/within 180 days/);
  });
});

describe('a country claimed to lie behind another', () => {
  it('answers yes when the first named has the smaller figure', () => {
    expect(lead('Burma behind Australia for rare-earth mining in 2025, true?', 'en')).toMatch(/^Yes — Mine production \(Rare earths\): Burma/);
    expect(lead('Liegt Vietnam bei den Seltenerd-Reserven hinter Russland?', 'de')).toMatch(/^Ja — Reserven \(Seltene Erden\): Vietnam/);
  });
  it('and no when it has the larger one, whatever stands between the two names', () => {
    expect(lead('Does Australia come after Burma in rare-earth mining in 2025?', 'en')).toMatch(/^No — Mine production \(Rare earths\): Australia/);
    expect(lead('Liegt Russland bei den Seltenerd-Reserven hinter Vietnam?', 'de')).toMatch(/^Nein — Reserven \(Seltene Erden\): Russland/);
  });
  it('gives no verdict when one of the two has no figure', () => {
    expect(lead('Is India behind Brazil on rare-earth reserves?', 'en')).toMatch(/^Reserves \(Rare earths\): India not available/);
  });
});

describe('German words of extraction and of mines', () => {
  it('reads "-gewinnung", "-ausbringung" and "Gruben" as mine production', () => {
    expect(lead('Kobaltgewinnung im Kongo 2025, in Tonnen?', 'de')).toMatch(/^Demokratische Republik Kongo — Bergwerksförderung \(Kobalt\) 2025: 230\.000 t/);
    expect(lead('Wie viel Lithium kam 2025 aus australischen Gruben?', 'de')).toMatch(/^Australien — Bergwerksförderung \(Lithium\) 2025:/);
  });
  it('while the hardship of extraction and a company\'s profit keep their answers', () => {
    expect(lead('Warum ist die Gewinnung von Seltenen Erden so aufwändig?', 'de')).toMatch(/Verfahren sind komplex/);
    expect(lead('Wie viel Gewinn hat Lynas zuletzt erzielt?', 'de')).toMatch(/^Dazu hat der Datensatz keine Zahl/);
  });
});

describe('a thing asked by its official standing, where the sources name it differently', () => {
  it('leads with the dispute, not a yes read off the name others use', () => {
    expect(lead('Is what Thailand and Cambodia signed formally a peace accord?', 'en')).toMatch(/^Sources differ: .*officially a joint declaration/);
    expect(lead('Haben Thailand und Kambodscha offiziell ein Friedensabkommen unterzeichnet?', 'de')).toMatch(/^Die Quellen weichen ab: .*offiziell eine gemeinsame Erklärung/);
  });
  it('while a plain yes/no question on the same record keeps its verdict', () => {
    // Guard: no word of official standing.
    expect(lead('Did Anutin and Hun Manet sign a joint declaration?', 'en')).toMatch(/^Yes — /);
  });
});

describe("a publisher's figure told, then a one-word tag in a sentence of its own", () => {
  it('asks whether the figure is right, not whether the publisher gave it', () => {
    expect(lead('ZDF reports that Vietnam holds 21 million tonnes of rare-earth reserves. Correct?', 'en')).toMatch(/^No — The ZDF\/AFP article/);
  });
  it('while the tag inside the sentence still asks what the publisher said', () => {
    expect(lead('The ZDF piece gave Vietnam 21 Mt of reserves, right?', 'en')).toMatch(/^Yes — The ZDF\/AFP article/);
  });
});

describe('two years of one figure within the edition named, and the change asked', () => {
  it('takes both years from that edition and states the change earlier to later', () => {
    expect(lead("Thailand's rare-earth mine output, 2023 to 2024, per MCS 2025: how much growth?", 'en'))
      .toMatch(/2023 3,600 t \(USGS MCS 2025\) against 2024 13,000 t \(estimated\) \(USGS MCS 2025\) — up 9,400 t \(\+261%\) from 2023 to 2024\./);
    expect(lead('Wie stark ging die Seltenerdförderung Myanmars von 2024 auf 2025 zurück?', 'de')).toMatch(/— ein Rückgang um 5\.000 t \(−19 %\) von 2024 bis 2025\./);
  });
  it('while an edition not giving both years leaves each year to its newest edition', () => {
    expect(lead('Chinas Seltenerdförderung: 2023 laut MCS 2024 gegenüber 2025?', 'de')).toMatch(/2023 255\.000 t \(USGS MCS 2025\) gegenüber 2025 270\.000 t/);
  });
});

describe('the rare earths of an electric car', () => {
  it('names the elements whose uses hold it, under any of its names', () => {
    expect(lead('Which rare earths end up in an EV?', 'en')).toMatch(/: Neodymium \(Nd\) and Dysprosium \(Dy\)\.$/);
    expect(lead('Welche Seltenen Erden braucht ein Elektrofahrzeug?', 'de')).toMatch(/: Neodym \(Nd\) und Dysprosium \(Dy\)\.$/);
  });
});

describe('a place inside the longer name of one event', () => {
  it('names that event, not every event held at the place', () => {
    expect(lead('Tell me about the KL Peace Accord', 'en')).toMatch(/^Thailand–Cambodia joint declaration/);
    expect(lead('Was genau ist der Konsens von Kuala Lumpur?', 'de')).toMatch(/^Handelsgespräche zwischen den USA und China in Kuala Lumpur/);
  });
  it('while the place alone still names all of them', () => {
    expect(lead('What happened in Kuala Lumpur?', 'en')).toMatch(/Kuala Lumpur \(5th round\).*Thailand–Cambodia joint declaration/);
  });
});

describe('German words for records the texts name otherwise', () => {
  it('reads "Factsheet", "Grenzkämpfe" and compounds of soybeans and defence spending by the texts\' words', () => {
    expect(lead('Was stand im Factsheet vom 1. November zu Seltenen Erden?', 'de')).toMatch(/^Faktenblatt des Weißen Hauses/);
    expect(lead('Wie viele Menschen starben bei den Grenzkämpfen im Juli?', 'de')).toMatch(/Grenzgefechte im Juli 2025 mit mindestens 43 Toten/);
    expect(lead('Wie hoch ist das Verteidigungsausgabenziel Japans?', 'de')).toMatch(/2 % des BIP/);
  });
});

describe('an edition named as a book, a volume or the tables, and a revision asked as downward or upward', () => {
  it('reads the edition and the direction, so a figure revised up is no "yes" to a revision down', () => {
    expect(lead("Was Australia's rare-earth reserve figure revised downward in the 2026 book?", 'en')).toMatch(/^No — Australia — reserves of rare earths: 6\.3 million t/);
    expect(lead("Were Brazil's rare-earth reserves revised downwards in the 2026 tables?", 'en')).toMatch(/^Yes — Brazil — reserves of rare earths: 11 million t/);
    expect(lead('Hat die USGS Australiens Seltenerdreserven im Band 2026 nach oben korrigiert?', 'de')).toMatch(/^Ja — Australien — Reserven \(Seltene Erden\): 6,3 Mio\. t/);
  });
});

describe('the United States as "the States", and a memorandum by its full word', () => {
  it('reads them as the country and the MoU', () => {
    expect(lead('Who mined more rare earths in 2025, Brazil or the States?', 'en')).toMatch(/^Mine production \(Rare earths\): Brazil .* against United States 51,000 t/);
    expect(lead('Was the Malaysia memorandum legally binding?', 'en')).toMatch(/^No — .*non-binding memorandum/);
  });
});

describe('a yes/no question naming people and a place, testing a detail the record denies', () => {
  it('gives no "yes" for the place being right; the denial leads', () => {
    expect(lead('Was the memorandum Trump and Anutin signed in Kuala Lumpur binding on either government?', 'en')).toMatch(/^(No — )?US–Thailand MoU .*non-binding/);
    // German negates by the word's prefix ("unverbindlich").
    expect(lead('War die Absichtserklärung, die Trump und Anutin in Kuala Lumpur unterschrieben, verbindlich?', 'de')).toMatch(/^(Nein — )?Absichtserklärung der USA und Thailands .*unverbindlich/);
  });
  it('while the place alone is still checked', () => {
    // Guard: nothing but people and place asked.
    expect(lead('Did Trump and Anutin sign their memorandum in Kuala Lumpur?', 'en')).toMatch(/^Yes — /);
  });
});

describe('two countries by their adjectives set against each other', () => {
  it('compares both, not only the one right before the mineral', () => {
    expect(lead('Russian vs Canadian cobalt output in 2025 - which was bigger?', 'en')).toMatch(/^Mine production \(Cobalt\): Russia .* against Canada/);
    expect(lead('Chinesische oder australische Lithiumförderung 2025 – welche war größer?', 'de')).toMatch(/^Bergwerksförderung \(Lithium\): China .* gegenüber Australien/);
  });
});

describe('readers\' words of reserves, mines and the top of a ranking', () => {
  it('reads "underground", "aus eigenen Bergwerken" and "top dog"', () => {
    expect(lead('Nickel underground in Indonesia, per the newest tables?', 'en')).toMatch(/^Indonesia — reserves of nickel/);
    expect(lead('Lithium aus eigenen Bergwerken in Brasilien, 2025?', 'de')).toMatch(/^Brasilien — Bergwerksförderung \(Lithium\) 2025/);
    expect(lead('Who was top dog for cobalt mining in 2025?', 'en')).toMatch(/Congo/);
  });
});

describe("review of this part's classes: what they must not take over", () => {
  it('an order word between two countries of events asked orders the events, not their figures', () => {
    expect(lead('Did Japan sign its framework after Australia?', 'en')).toMatch(/^Yes — /);
  });
  it('a stem two things share ("Gewinn", "Gewinnung") names each by its own word', () => {
    expect(lead('Macht Australien Gewinn mit Seltenen Erden?', 'de')).toMatch(/^Dazu hat der Datensatz keine Zahl \(Gewinn\)/);
    expect(lead('Hat Malaysia einen Gewinn aus dem Abkommen?', 'de')).not.toMatch(/^Ja — .*Bergwerksförderung/);
    expect(lead('Wie funktioniert die Gewinnung Seltener Erden?', 'de')).toMatch(/Verfahren sind komplex/);
  });
  it('"volume" and "obligations" keep their own senses', () => {
    expect(lead('What was the trade volume between the US and China?', 'en')).toMatch(/^Sorry, that is outside/);
    expect(lead('What obligations does Japan have under the framework?', 'en')).toMatch(/^US–Japan framework/);
  });
});
