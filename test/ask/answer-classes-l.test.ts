// Answer classes of the offline question path (issue 10), twelfth part: each with sentences of its own.
import { describe, expect, it } from 'vitest';
import { offlineAsker, useDataset } from './offline-helpers.js';

const dataset = useDataset();
const { lead } = offlineAsker(dataset);

describe('a German question opening with a preposition and a question word ("Seit wann gilt …?")', () => {
  it('is an open question, not a yes/no question read off a verb-like preposition', () => {
    expect(lead('Seit wann gilt die Waffenruhe zwischen Thailand und Kambodscha?', 'de')).not.toMatch(/^(Ja|Nein) —/);
    expect(lead('Seit wann gelten Chinas Exportkontrollen für Dysprosium?', 'de')).toMatch(/^4\. Apr\. 2025/);
  });
});

describe('a date the question asks of something an event’s record dates in passing ("a ceasefire on 28 July")', () => {
  it('answers the date nearest the asked word, of the year the clause states, even before the event’s own date', () => {
    expect(lead('Seit wann gilt die Waffenruhe zwischen Thailand und Kambodscha?', 'de')).toMatch(/^28\. Juli 2025:/);
    expect(lead('Wann begann die Waffenruhe zwischen Thailand und Kambodscha?', 'de')).toMatch(/^28\. Juli 2025:/);
    expect(lead('When did the border clashes between Thailand and Cambodia break out?', 'en')).toMatch(/^July 2025:/);
    expect(lead('Wann ist die thailändische Königinmutter Sirikit gestorben?', 'de')).toMatch(/^24\. Okt\. 2025:/);
  });

  it('never answers with the date the question itself states as context', () => {
    expect(lead('When was the Thailand-Cambodia ceasefire agreed after the July 2025 clashes?', 'en')).toMatch(/^28 Jul 2025:/);
  });

  it('keeps the event’s own date when the question adds nothing the record dates', () => {
    expect(lead('When was the Thailand-Cambodia joint declaration signed?', 'en')).toMatch(/^26 Oct 2025:/);
  });
});
