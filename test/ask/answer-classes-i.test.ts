// Answer classes of the offline question path (issue 10), ninth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';
import { parseQuestion } from '../../src/ask/query/parse.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a price asked with words of time or comparison ("last year", "how much more … than")', () => {
  it('answers from the price list instead of saying the dataset lacks those words', () => {
    expect(lead('Was hat Terbiumoxid im Jahr 2024 im Schnitt pro Kilo gekostet?', 'de')).toMatch(/Terbiumoxid 810/);
    // Only neodymium oxide has a 2025 price: terbium's is honestly not held.
    expect(lead('Was hat Terbiumoxid im vergangenen Jahr gekostet?', 'de')).toMatch(/keine Zahl/);
    expect(lead('Wie viel hat Neodymoxid letztes Jahr gekostet?', 'de')).toMatch(/73/);
    expect(lead('How much more was a kilo of terbium oxide than a kilo of cerium oxide in 2024?', 'en')).toMatch(/terbium oxide 810.*cerium oxide 1\b/);
    expect(lead('Terbiumoxid war 2024 ein Vielfaches teurer als Ceroxid – welche Preise genau?', 'de')).toMatch(/Terbiumoxid 810/);
  });
});

describe('"has it changed between editions?" asked of a sentence, not a figure', () => {
  it('gives the sentence without a yes or no it cannot know', () => {
    expect(lead('Ist der Preis für Terbiumoxid 2024 in der neuen Ausgabe ein anderer als in der alten?', 'de')).not.toMatch(/^(Ja|Nein)\b/);
    expect(lead('Has the 2024 terbium oxide price been revised?', 'en')).toMatch(/^Average rare-earth prices in 2024/);
    expect(lead('Was the terbium oxide price for 2024 corrected?', 'en')).toMatch(/^Average rare-earth prices in 2024/);
  });
});

describe('a quoted figure asked to be out of date ("is that outdated?", "ist das überholt?")', () => {
  it('says yes when the dataset’s figure differs, no when it is the same', () => {
    expect(parseQuestion('Brazil 21 million tonnes of reserves in that piece - outdated?', dataset(), 'en').outdated).toBe(true);
    expect(lead('A blog still gives Brazil 21 million tonnes of rare earth reserves. Is that outdated?', 'en')).toMatch(/^Yes — Brazil — reserves of rare earths: 11 million t/);
    expect(lead('A blog gives Brazil 21 million tonnes of rare earth reserves. Is that correct?', 'en')).toMatch(/^No — Brazil/);
    expect(lead('Im Artikel stehen für Russland 3,8 Millionen Tonnen Reserven – ist das überholt?', 'de')).toMatch(/^Nein — Russland/);
  });
});
