// Answer-first leads for facts that sit inside event texts (issue 10): the asked date, end date,
// outcome or count opens the reply, whatever else the record says first.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';
import { splitSentences } from '../../src/ask/query/sentences.js';
import { datesIn } from '../../src/ask/query/time.js';

const dataset = useDataset();
const { ask, lead } = offlineAsker(dataset);


describe('sentences and dates of dataset texts', () => {
  it('keep a German ordinal day in brackets with its month', () => {
    expect(splitSentences(dataset(), 'Laut Ministerium (30. Oktober): Die Zölle sinken. Danach nichts.')).toEqual([
      'Laut Ministerium (30. Oktober): Die Zölle sinken.', 'Danach nichts.',
    ]);
  });

  it('read every dated day of a text, not only the first', () => {
    expect(datesIn('Issued on 7 November 2025, in force until 10 November 2026.', dataset()).map((d) => d.start).sort()).toEqual(['2025-11-07', '2026-11-10']);
    expect(datesIn('Gilt ab 1. Dezember 2025 bis zum 3. Juni 2026.', dataset()).map((d) => d.start).sort()).toEqual(['2025-12-01', '2026-06-03']);
  });
});

describe('dates first', () => {
  it('an end date ("expire", "end", "bis wann") is the later date the record states, first', () => {
    expect(lead('When does China\'s suspension of the October controls expire?')).toMatch(/^Until 10 Nov 2026: /);
    expect(lead("When will China's suspension of its October rare-earth rules end?")).toMatch(/^Until 10 Nov 2026: /);
    expect(lead('Bis wann sind die Oktober-Kontrollen ausgesetzt?', 'de')).toMatch(/^Bis zum 10\. Nov\. 2026: /);
  });

  it('a date the text states for one clause opens the lead before the clause', () => {
    expect(lead('From when do the 0.1% clauses for foreign-made items apply?')).toMatch(/^1 Dec 2025 \(the day set; [^)]*\): .*0\.1%/);
  });

  it('a pronoun in the question ("her", "ihre") is no clue to another date of the text', () => {
    expect(lead('When did Takaichi give her first policy speech?')).toMatch(/^24 Oct 2025: /);
    expect(lead('Wann hielt Takaichi ihre erste Antrittsrede?', 'de')).toMatch(/^24\. Okt\. 2025: /);
  });

  it('a meeting asked "when" keeps its own day', () => {
    expect(lead('When did Trump and Xi meet?')).toMatch(/^30 Oct 2025: /);
  });
});

describe('outcomes first', () => {
  it('an agreement asked about as a whole opens with what it agreed', () => {
    expect(lead('What does the US-Japan framework provide for?')).toMatch(/\(28 Oct 2025\): Financing for selected projects/);
    expect(lead('Was regelt die gemeinsame Erklärung von Thailand und Kambodscha?', 'de')).toMatch(/Kriegsgefangenen/);
  });

  it('a yes/no question about an agreement still tests the sentence it asks about', () => {
    expect(lead('Ist die Absichtserklärung zwischen den USA und Malaysia verbindlich?', 'de')).toMatch(/^Nein\b/);
  });

  it('a part asked of a long sentence leads with the part after its colon', () => {
    const l = lead('Which July deal did the Tokyo framework signing reaffirm?');
    expect(l).toMatch(/\(28 Oct 2025\): an agreement toward "a new golden age"/);
    expect(l).toContain('$550 billion');
  });

  it('a meeting named with the controls gives what the meeting decided on them, not the list of controlled elements', () => {
    expect(lead('What did the Busan meeting change for China\'s export controls?')).toMatch(/^Trump–Xi meeting in Busan \(30 Oct 2025\): China suspends/);
    expect(lead('Was bedeutete Busan für Chinas Exportkontrollen?', 'de')).toMatch(/für ein Jahr aus/);
  });

  it('a long summary lead leaves out the place, and the support does not repeat the lead', () => {
    const reply = ask('What is Announcement No. 70?');
    const [first, second] = reply.split('\n').filter(Boolean);
    expect(first!.slice(0, 300)).toMatch(/suspend/);
    expect(second).not.toBe(first!.split('): ').slice(1).join('): '));
  });
});

describe('counts stated only in the text', () => {
  it('a list after the counted word is counted; a number ahead of it is read; the count leads', () => {
    expect(lead('How many announcements were suspended by Announcement No. 70?')).toMatch(/^6: /);
    expect(lead('Wie viele Bekanntmachungen setzte Bekanntmachung Nr. 70 aus?', 'de')).toMatch(/^6: /);
    expect(lead('How many letters of interest did EXIM issue under the US-Australia framework?')).toMatch(/^7: .*seven letters of interest/);
  });

  it('a number written with thousands separators is read whole, a year or a document number is never a count', () => {
    expect(lead('How many people were displaced by the border fighting between Thailand and Cambodia?')).toMatch(/^300,000: /);
    // "Announcement No. 70 of 2025" is one document: neither 70, 2025 nor a list of two.
    expect(lead('How many announcements did Announcement No. 70 of 2025 suspend?')).toMatch(/^6: /);
    // A count asked about something else than the record's counted words gets no count lead.
    expect(lead('How many tariffs did the Busan meeting change?')).not.toMatch(/^\d[\d,]*: /);
  });
});
