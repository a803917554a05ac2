// Answer classes of the offline question path (issue 10), each with sentences of its own: sentence
// splitting that keeps figures and dates whole, honest "not in the dataset", yes/no with the reason,
// dates and clauses inside event texts, and German replies in German.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/dataset.js';
import type { Locale } from '../../src/reply/model.js';
import { answerOffline } from '../../src/ask/router.js';
import { renderText } from '../../src/reply/text.js';
import { splitSentences } from '../../src/ask/query/sentences.js';

let ds: Dataset;
beforeAll(async () => {
  const r = await loadDataset();
  if (!r.ok) throw new Error('dataset invalid');
  ds = r.dataset;
});

const ask = (q: string, locale: Locale = 'en'): string => renderText(answerOffline(q, { locale, now: new Date('2026-11-29T09:00:00Z'), dataset: ds, services: {} }));
const lead = (q: string, locale: Locale = 'en'): string => ask(q, locale).split('\n')[0]!;

describe('sentences', () => {
  it('keep ordinal dates, abbreviations and initials inside their sentence', () => {
    expect(splitSentences(ds, 'Die Regel gilt ab 1. Dezember 2025. Japan sagte 550 Mrd. Dollar zu. Das gilt z. B. für Magnete.')).toEqual([
      'Die Regel gilt ab 1. Dezember 2025.', 'Japan sagte 550 Mrd. Dollar zu.', 'Das gilt z. B. für Magnete.',
    ]);
    expect(splitSentences(ds, 'The U.S. signed Announcement No. 7 on 3 May. It ended.')).toEqual(['The U.S. signed Announcement No. 7 on 3 May.', 'It ended.']);
  });
});

describe('answers inside event texts', () => {
  it('a "when" question about something the text dates leads with that date, not the event day', () => {
    expect(lead('From when do the 0.1% clauses for foreign-made items apply?')).toContain('1 December 2025');
    expect(lead('When would Trump go and visit China?')).toContain('April 2026');
    expect(lead('When did Trump and Xi meet?')).toMatch(/^30 Oct 2025/);
  });

  it('a question about one part of an agreement gets that part first', () => {
    expect(lead('What did Japan and the US agree on geological mapping?')).toMatch(/: joint geological mapping\.$/);
    expect(lead('Was vereinbarten die USA und Japan zur Kartierung?', 'de')).toMatch(/gemeinsame geologische Kartierung\.$/);
  });
});
