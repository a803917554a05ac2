// Answer classes of the offline question path (issue 10), forty-fourth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { ask, lead } = offlineAsker(dataset);

describe("a sentence of an event's record asked by a word only it holds", () => {
  it('leads with that sentence, not the record as a whole', () => {
    expect(lead('Wie viele Menschen starben bei den Grenzgefechten zwischen Thailand und Kambodscha?', 'de')).toMatch(/^Gemeinsame Erklärung[^:]*\(26\. Okt\. 2025\): Hintergrund: Grenzgefechte im Juli 2025 mit mindestens 43 Toten/);
    expect(lead('Which headline terms of the July deal did the Tokyo framework reaffirm?', 'en')).toMatch(/reaffirming the July deal \(15% tariff, \$550 billion/);
  });
  it('not when the word is a name, which may only say where the asked thing happened', () => {
    // Guard: "Washington" stands in the cherry-tree sentence alone; the question asks about permits.
    expect(lead('Was vereinbarten Washington und Tokio im Rohstoffrahmen zu Genehmigungsabläufen?', 'de')).not.toMatch(/Kirschbäume/);
  });
});

describe('a measure asked as lifted, told by its month', () => {
  it('answers no while its record says it stays in force', () => {
    expect(lead('Has China lifted the export controls of April?', 'en')).toMatch(/^No — China's export controls on seven medium and heavy rare earths \(Announcement No\. 18\).*Still in force/);
    expect(lead("Did Beijing scrap its April licensing rules?", 'en')).toMatch(/^No — /);
    expect(lead('Hat Peking die Aprilkontrollen abgeschafft?', 'de')).toMatch(/^Nein — /);
  });
});

describe('the controlled rare earths counted', () => {
  it('give each measure its state, so a count of all is not read as the count in force', () => {
    const en = ask('How many rare earths does China control at the moment?', 'en');
    expect(en.split('\n')[0]).toMatch(/7: Sm, Gd, Tb, Dy, Lu, Sc, Y, in force; .*5: Ho, Er, Tm, Eu, Yb, suspended on 7 Nov 2025 until 10 Nov 2026/);
    // Asked after the suspension's end: the dataset says it does not know what followed.
    expect(en).toMatch(/The suspension ran until 10 Nov 2026; the dataset \(as of 6 Feb 2026\) does not record what followed/);
    const de = ask('Wie viele Seltene Erden stehen in China unter Exportkontrolle?', 'de');
    expect(de.split('\n')[0]).toMatch(/7: Sm, Gd, Tb, Dy, Lu, Sc, Y, in Kraft; .*5: Ho, Er, Tm, Eu, Yb, am 7\. Nov\. 2025 bis zum 10\. Nov\. 2026 ausgesetzt/);
  });
  // Guard: the note follows the clock.
  it('and before the suspension ends, no such note', () => {
    expect(ask('How many rare earths does China control at the moment?', 'en', '2026-03-01')).not.toMatch(/does not record what followed/);
  });
});
