// Answer classes of the offline question path (issue 10), thirty-first part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a function word one letter from a country name', () => {
  it('is no misspelt country ("while" is not Chile), while a misspelt name still is one', () => {
    expect(lead("Australia's rare earth reserves stayed at 5.7 Mt for a while, right?", 'en')).not.toMatch(/Chile/);
    expect(lead('Rare earth reserves of Chille?', 'en')).toMatch(/Chile/);
  });
});

describe('an attribute word as a possessor', () => {
  it("names whose claim it is, not the figure asked (\"a supplier's slide … reserves\")", () => {
    expect(lead("A supplier's slide says Vietnam has 3.5 Mt of rare-earth reserves. Correct?", 'en')).toMatch(/^Yes — Vietnam — reserves of rare earths: 3\.5 million t/);
  });
  it('is no possessor when a function word follows ("which city\'s got it")', () => {
    expect(lead("There's an APEC summit this month. Which city's got it?", 'en')).toMatch(/^[^\n]*Shenzhen/);
  });
});

describe('a month glued to a measure ("die Oktober-Exportkontrollen")', () => {
  it('names the measure of that month, which a generic alias would not', () => {
    expect(lead('Wann wurden die Oktober-Exportkontrollen erlassen?', 'de')).toMatch(/^9\. Okt\. 2025/);
  });
  it('leaves first the measure named that acts on it ("die Aussetzung der Oktober-Maßnahmen")', () => {
    expect(lead('Bis wann gilt die Aussetzung der Oktober-Maßnahmen?', 'de')).toMatch(/10\. Nov\. 2026/);
  });
});

describe('a figure asked as the value now ("now 10%?", "jetzt bei 10 Prozent?")', () => {
  it('is judged by the figure the change went to, not by the day it took effect', () => {
    expect(lead('Is the fentanyl tariff at 10% now?', 'en')).toMatch(/^Yes — .*from 20% to 10%/);
    expect(lead('Beträgt der Fentanyl-Zoll jetzt 10 Prozent?', 'de')).toMatch(/^Ja — .*von 20 % auf 10 %/);
    expect(lead('Beträgt der Fentanyl-Zoll jetzt 20 Prozent?', 'de')).toMatch(/^Nein — /);
  });
});

describe('a use claimed for an element in a yes/no question', () => {
  it('is not confirmed by a sentence holding only the word of uses', () => {
    expect(lead('Is cerium used for magnets?', 'en')).not.toMatch(/^Yes/);
    expect(lead('Is lanthanum used for lasers?', 'en')).not.toMatch(/^Yes/);
    expect(lead('Wird Cer für Magnete verwendet?', 'de')).not.toMatch(/^Ja/);
    expect(lead('Wird Neodym für Magnete verwendet?', 'de')).toMatch(/^Ja — Neodym/);
  });
});

describe('a day claimed for a labelled part of a record ("No. 57", "Nr. 61")', () => {
  it('is judged by the days that part states, not by another part of the same record', () => {
    expect(lead('Did No. 57 apply from 1 December 2025?', 'en')).toMatch(/^No — No\. 57: .*8 November 2025/);
    expect(lead('Did No. 57 take effect on 8 November 2025?', 'en')).toMatch(/^Yes — No\. 57: /);
    expect(lead('Galt Nr. 61 ab dem 1. Dezember 2025?', 'de')).toMatch(/^Ja — Nr\. 61/);
  });
});

describe('a word and a number named together ("the clause 2 suspension")', () => {
  it('name the one event whose record states them, before another found by a generic alias', () => {
    expect(lead('Is the clause 2 suspension in force until 10 November 2026?', 'en')).toMatch(/^No — suspended only until 27 Nov 2026: China suspends its ban on gallium/);
    expect(lead('Bis wann ist Ziffer 2 ausgesetzt?', 'de')).toMatch(/27\. Nov\. 2026/);
  });
});

describe("a country's German genitive and a figure's development", () => {
  it('keeps "Russlands" whole (not "Russ" and the English "lands") and reads "entwickelt" as asking the figure over the editions', () => {
    expect(lead('Wie entwickelte sich Russlands Förderung zuletzt?', 'de')).toMatch(/^Russland — Bergwerksförderung/);
    expect(lead('Wie hat sich Brasiliens Reservenzahl entwickelt?', 'de')).toMatch(/^Brasilien — Reserven .*korrigiert von 21 Mio\. t/);
  });
});

describe('a mineral, a country and a year with no figure asked ("Primärgallium aus China, 2025 – wie viel?")', () => {
  it("is that year's output when a fact of the mineral holds only other years", () => {
    expect(lead('Primary gallium from China, 2025 - how much?', 'en')).toMatch(/^China — mine production of gallium in 2025: 900,000 kg/);
    expect(lead('Gallium aus China, Jahr 2025 – wie viel?', 'de')).toMatch(/^China — Bergwerksförderung \(Gallium\) 2025/);
  });
  it('reads "primär" as a part of a German compound ("Primärgallium")', () => {
    expect(lead('Primärgallium aus China 2025 – wie viel?', 'de')).toMatch(/^China — Bergwerksförderung \(Gallium\) 2025/);
  });
});

describe('guards from the code review of this part', () => {
  it('a labelled part asked with a verb of issuing, or on the day its record was issued, is judged by that day', () => {
    expect(lead('Was No. 61 announced on 9 October 2025?', 'en')).toMatch(/^Yes — /);
    expect(lead('Was No. 57 announced on 8 November 2025?', 'en')).not.toMatch(/^Yes/);
  });
  it('a day of a date is no numbered thing ("until 27 November 2026")', () => {
    expect(lead('Are the rare earth controls suspended until 27 November 2026?', 'en')).toMatch(/^No — suspended only until 10 Nov 2026/);
  });
  it('a glued month keeps the answer listing the elements controlled when no date is asked', () => {
    expect(lead('Welche Elemente umfassen die Oktober-Exportkontrollen?', 'de')).toMatch(/^12 der 17 Seltenen Erden/);
  });
});

describe('"Announcement" and "Bekanntmachung" before a number', () => {
  it('label a part of a record as "No." does ("Bekanntmachung 56" is the record\'s "Nr. 56: …")', () => {
    expect(lead('Was regelt die Bekanntmachung 55?', 'de')).toMatch(/Nr\. 55: superharte Werkstoffe/);
    expect(lead('What did announcement 62 deal with?', 'en')).toMatch(/No\. 62: rare-earth technologies/);
  });
});

describe('a figure asked as the value now with the time first ("Today, is …?")', () => {
  it('reads the verb after the time as the question\'s opening verb', () => {
    expect(lead('Today, is the fentanyl tariff 10 percent?', 'en')).toMatch(/^Yes — /);
  });
});
