// Answer classes of the offline question path (issue 10), thirtieth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a place asked in a yes/no question', () => {
  it('is the city a venue is named after', () => {
    expect(lead('Was the Thailand-Cambodia declaration signed in Kuala Lumpur?', 'en')).toMatch(/^Yes — Kuala Lumpur Convention Centre/);
    expect(lead('Wurde die Erklärung zwischen Thailand und Kambodscha in Kuala Lumpur unterzeichnet?', 'de')).toMatch(/^Ja — /);
    expect(lead('Was the Thailand-Cambodia declaration signed in Busan?', 'en')).toMatch(/^No — Kuala Lumpur/);
  });
  it('is found in its inflected German form', () => {
    expect(lead('Wurde das Rahmenabkommen mit Japan im Weißen Haus unterzeichnet?', 'de')).toMatch(/^Nein — Akasaka-Palast.*Tokio/);
    expect(lead('Wurde das Rahmenabkommen mit Japan in Tokio unterzeichnet?', 'de')).toMatch(/^Ja — /);
  });
});

describe("readers' words for the October widening of the controls", () => {
  it('read "expanded", "ausgeweitet" as the widening, not the first controls of April', () => {
    expect(lead('When did China announce the expanded rare earth export controls?', 'en')).toMatch(/^9 Oct 2025: China widens/);
    expect(lead('Wann wurden die Exportkontrollen ausgeweitet?', 'de')).toMatch(/^9\. Okt\. 2025: China weitet/);
    expect(lead('When did China first impose export controls on rare earths?', 'en')).toMatch(/^4 Apr 2025/);
  });
});

describe('an event asked of the people it names', () => {
  it('is the one event all of them took part in, before one the other words score higher', () => {
    expect(lead('venue of trump lee meeting', 'en')).toMatch(/^Gyeongju National Museum/);
    expect(lead('Where did Trump and Lee meet?', 'en')).toMatch(/^Gyeongju National Museum/);
  });
});

describe("a measure's list asked with a negation", () => {
  it('claims the negation in an English tagged statement, and asks the fact when the verb opens the question', () => {
    expect(lead("Terbium wasn't in the April list, right?", 'en')).toMatch(/^No — China's export controls on seven/);
    expect(lead("Holmium wasn't in the April list, right?", 'en')).toMatch(/^Yes — /);
    expect(lead("Wasn't terbium on the April list?", 'en')).toMatch(/^Yes — /);
  });
  it('is affirmed with "Doch" in German where the element is on the list', () => {
    expect(lead('Terbium war nicht auf der Liste vom April, oder?', 'de')).toMatch(/^Doch — /);
    expect(lead('Holmium war nicht auf der Liste vom April, oder?', 'de')).toMatch(/^Nein — /);
  });
});

describe('a day naming a measure', () => {
  it('may stand before the words of its subject ("the October 9 rare earth rules")', () => {
    expect(lead('Did Beijing suspend the October 9 rare earth rules?', 'en')).toMatch(/^Yes — /);
    expect(lead('Did China suspend the 9 October rare-earth controls on 7 November?', 'en')).toMatch(/^Yes — /);
  });
});

describe('an end asked as "the end of" a year or month', () => {
  it('is its last part, which an earlier end misses', () => {
    expect(lead('Gilt die Aussetzung bis Ende 2026?', 'de')).toMatch(/^Nein — nur bis zum 10\. Nov\. 2026/);
    expect(lead('Does the suspension run until the end of 2026?', 'en')).toMatch(/^No — suspended only until 10 Nov 2026/);
    expect(lead('Gilt die Aussetzung bis 2026?', 'de')).toMatch(/^Ja — /);
    expect(lead('Is the suspension until November 2026?', 'en')).toMatch(/^Yes — /);
  });
});

describe('a place claimed as the venue without a word of place before it', () => {
  it('is checked against the event the rest of the question names', () => {
    expect(lead('Ist Busan der Ort des APEC-Gipfels gewesen?', 'de')).toMatch(/^Nein — HICO/);
    expect(lead('War Gyeongju der Austragungsort des APEC-Gipfels?', 'de')).toMatch(/^Ja — HICO/);
    expect(lead('Was Busan the venue of the APEC summit?', 'en')).toMatch(/^No — HICO/);
  });
});

describe('what a publisher is said to have given', () => {
  it('is asked by a reporting verb with a number, confirmed by a one-word tag or none', () => {
    expect(lead('The ZDF article said world reserves are 110 Mt, right?', 'en')).toMatch(/^Yes — The ZDF\/AFP article/);
    expect(lead('Did the ZDF article say world reserves are 90 Mt?', 'en')).toMatch(/^No — The ZDF\/AFP article/);
    expect(lead('Das ZDF schrieb, die Weltreserven betrügen 110 Mio. t, oder?', 'de')).toMatch(/^Ja — Der ZDF\/AFP-Artikel/);
  });
  it('while a tag of several words or a word of judging asks whether the figure is right', () => {
    expect(lead('The ZDF article said Vietnam has 21 Mt, is that right?', 'en')).toMatch(/^No — /);
    expect(lead('Das ZDF schrieb, Vietnam habe 21 Mio. t, stimmt das?', 'de')).toMatch(/^Nein — /);
    expect(lead("Did ZDF get Vietnam's reserves right?", 'en')).toMatch(/^No — /);
  });
});

describe("readers' words for the Thailand–Cambodia record", () => {
  it('find the prisoners of war, the dead and the displaced in both languages', () => {
    expect(lead('how many cambodian POWs were to be released?', 'en')).toMatch(/18 Cambodian prisoners of war/);
    expect(lead('Wurden 18 kambodschanische Soldaten freigelassen?', 'de')).toMatch(/^Ja — .*18 kambodschanischen Kriegsgefangenen/);
    expect(lead('Wie viele Menschen wurden bei den Grenzgefechten vertrieben?', 'de')).toMatch(/300\.000 Vertriebenen/);
    expect(lead('Wie viele Menschen starben bei den Grenzgefechten?', 'de')).toMatch(/43 Toten/);
  });
});

describe('guards from probing this part', () => {
  it('keeps a negative statement with a tag of several words ("…, is that right?") a claim of the negation', () => {
    expect(lead("Russia isn't among the top five producers, is that right?", 'en')).toMatch(/^Yes — /);
    expect(lead("China doesn't have 44 Mt of reserves, is that right?", 'en')).toMatch(/^No — /);
  });
  it('reads a city before an event or an actor as no place claimed', () => {
    expect(lead('Was the Tokyo signing held on October 28?', 'en')).not.toMatch(/Kuala Lumpur/);
    expect(lead('Did Washington pick the venue for the Trump-Xi meeting?', 'en')).not.toMatch(/^No — /);
  });
  it('keeps the meeting of the people named a point of reference after a word of sequence', () => {
    expect(lead('When did China suspend the controls after Trump and Xi met?', 'en')).toMatch(/^7 Nov 2025/);
  });
  it('judges no figure for an article named by no publisher', () => {
    expect(lead('Hat der Artikel geschrieben, dass Russland 10 Mio. t hat?', 'de')).not.toMatch(/^Nein — /);
  });
});

describe('a negation claimed in a tagged statement of a class, a comparison or a suspension', () => {
  it('is judged as the claim', () => {
    expect(lead("Scandium isn't a heavy rare earth, right?", 'en')).toMatch(/^Yes — Scandium is neither/);
    expect(lead("Dysprosium isn't heavy, right?", 'en')).toMatch(/^No — Dysprosium is a heavy/);
    expect(lead("Brazil doesn't have more reserves than China, right?", 'en')).toMatch(/^Yes — Reserves/);
    expect(lead('The April controls were not suspended, right?', 'en')).toMatch(/^Yes — /);
    expect(lead("The October controls weren't suspended, right?", 'en')).toMatch(/^No — /);
  });
  it('while a question opened by its verb, and "neither … nor", ask the fact', () => {
    expect(lead("Isn't dysprosium a heavy rare earth?", 'en')).toMatch(/^Yes — /);
    expect(lead('Ist Dysprosium nicht schwer?', 'de')).toMatch(/^Doch — /);
    expect(lead('Scandium is neither light nor heavy, right?', 'en')).toMatch(/^Yes — /);
    expect(lead("Doesn't Brazil have more reserves than China?", 'en')).toMatch(/^No — /);
  });
});

describe('an undoing word in a sentence of clauses', () => {
  it('undoes only what its own clause holds', () => {
    expect(lead('Did China announce new export controls on 9 October 2025?', 'en')).toMatch(/^Yes — China widens/);
    expect(lead('Did China widen its export controls on 9 October?', 'en')).toMatch(/^Yes — /);
    expect(lead('Was the planned 100% tariff imposed?', 'en')).toMatch(/^No — /);
  });
});

describe('a place asked of a sentence that does not name it', () => {
  it('leaves the sentence unjudged', () => {
    expect(lead('Were POWs released in Tokyo?', 'en')).not.toMatch(/^Yes — /);
    expect(lead('Wurden in Busan Gefangene freigelassen?', 'de')).not.toMatch(/^Ja — /);
    expect(lead('Were POWs released in Kuala Lumpur?', 'en')).toMatch(/^Yes — /);
    expect(lead('Was anyone killed in Busan?', 'en')).not.toMatch(/^Yes — /);
  });
});

describe('a tagged statement opening with a number label', () => {
  it('claims its negation as one opening with a name does', () => {
    expect(lead("No. 57 wasn't suspended, right?", 'en')).toMatch(/^No — /);
    expect(lead("No. 18 wasn't suspended, right?", 'en')).toMatch(/^Yes — /);
    expect(lead('Was No. 57 suspended?', 'en')).toMatch(/^Yes — /);
  });
});
