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

describe('a kind of measure its own record denies being', () => {
  it('answers no with the sentence that denies it', () => {
    expect(lead('Has China banned the export of terbium?', 'en')).toMatch(/^No — China's export controls on seven .*It is a licence requirement, not a ban\./);
    expect(lead('Hat China die Ausfuhr von Lutetium seit April verboten?', 'de')).toMatch(/^Nein — Chinas Exportkontrollen .*nicht um ein Verbot\./);
  });
  it('but not of another mineral with a ban of its own, nor for a number\'s "No."', () => {
    // Guard: germanium's ban to the US is no rare-earth licence.
    expect(lead('Hat China die Ausfuhr von Germanium in die USA verboten?', 'de')).not.toMatch(/nicht um ein Verbot/);
    expect(lead('Does the spring 2025 licence rule cover yttrium?', 'en')).toMatch(/^Yes — /);
    expect(lead('Did Beijing ban antimony exports to America?', 'en')).not.toMatch(/not a ban/);
    expect(lead('Was graphite banned?', 'en')).not.toMatch(/not a ban/);
  });
  it("another commodity's ban is answered from the dataset's sentence on it, when it holds every word asked", () => {
    expect(lead('Hat China die Germaniumexporte in die USA verboten?', 'de')).toMatch(/^Ja — China verbot im Dezember 2024 die Ausfuhr von Gallium und Germanium/);
    expect(lead('Did China ban exports of chips?', 'en')).not.toMatch(/^Yes/);
  });
  it('of export controls named by no mineral at all', () => {
    expect(lead('Sind Chinas Exportkontrollen ein Verbot?', 'de')).toMatch(/^Nein — .*nicht um ein Verbot/);
  });
});

describe('export controls asked as lifted', () => {
  it('a suspended measure told by its month: no, suspended only until its end', () => {
    expect(lead('Did Beijing remove the October export controls?', 'en')).toMatch(/^No — China widens its export controls .*: suspended on 7 Nov 2025 only until 10 Nov 2026/);
    expect(lead('Hat China die Oktober-Exportkontrollen abgeschafft?', 'de')).toMatch(/^Nein — .*nur bis zum 10\. Nov\. 2026 ausgesetzt/);
  });
  it('all of them, by a name they share: each one\'s state, none lifted', () => {
    expect(lead("Were China's rare-earth export controls scrapped?", 'en')).toMatch(/^No — as recorded up to 6 Feb 2026, none of China's rare-earth export controls was lifted: .*\(4 Apr 2025\): in force; .*\(9 Oct 2025\): suspended on 7 Nov 2025 only until 10 Nov 2026\./);
    expect(lead('Hat Peking seine Exportkontrollen für Seltene Erden abgeschafft?', 'de')).toMatch(/^Nein — laut den Angaben bis 6\. Feb\. 2026 wurde keine der chinesischen Exportkontrollen für Seltene Erden aufgehoben/);
  });
  it('the controlled elements counted at a time asked carry no note of a later day', () => {
    expect(ask('How many rare earths were under licence at the end of 2025?', 'en')).not.toMatch(/does not record what followed/);
  });
});

describe('an announcement of a batch named by its own number', () => {
  it('names the batch, so its suspension answers', () => {
    expect(lead('Has Announcement No. 62 been suspended?', 'en')).toMatch(/^Yes — China widens its export controls .*suspended on 7 Nov 2025 until 10 Nov 2026/);
    expect(lead('Wurde Bekanntmachung 55 ausgesetzt?', 'de')).toMatch(/^Ja — China weitet seine Exportkontrollen aus/);
  });
  // Guard: a number that names the batch still points at its clause.
  it('and as a word, points at the clause stating it', () => {
    expect(lead('Was regelt Nr. 55 vom Oktober?', 'de')).toMatch(/Nr\. 55: superharte Werkstoffe/);
  });
  it('a suspension claimed by a means of a measure nothing suspended is no', () => {
    expect(lead('Were the April controls suspended by Announcement No. 70?', 'en')).toMatch(/^No — China's export controls on seven .*Still in force/);
  });
});

describe('a thing asked as lifted that its record says stays in place', () => {
  it('is no, with that sentence first', () => {
    expect(lead('Did Malaysia lift the export ban on its rare earths?', 'en')).toMatch(/^No — US–Malaysia .*ban on exports of raw rare earths \(in place since January 2024\) stays/);
    // Guard: German found the sentence before.
    expect(lead('Hat Malaysia sein Exportverbot für Seltene Erden gekippt?', 'de')).toMatch(/^Nein — .*bleibe bestehen/);
  });
});

describe('a suspended measure asked about after its suspension ran out and past the record', () => {
  it('says the record does not reach that time, in either language', () => {
    expect(lead('Did Beijing bring back the October controls in January 2027?', 'en')).toMatch(/^The suspension ran until 10 Nov 2026 .*does not record what followed/);
    expect(lead('Hat Peking die Oktober-Kontrollen im Dezember 2026 wieder in Kraft gesetzt?', 'de')).toMatch(/^Die Aussetzung lief bis zum 10\. Nov\. 2026 .*verzeichnet der Datensatz/);
  });
});
