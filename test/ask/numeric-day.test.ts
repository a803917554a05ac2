// The shortcut for days written whole in digits (src/ask/query/time.ts, wholeNumericDay) must read
// exactly what chrono reads: checked on every question of the development sets, the benchmark
// corpus, and generated sentences around every day of 2024–2026 in both notations.
import { describe, expect, it } from 'vitest';
import { chronoTime, findTime } from '../../src/ask/query/time.js';
import { buildCorpus } from '../../bench/corpus.js';
import { loadQuestions } from '../eval/questions.js';
import { DEV_SETS } from '../eval/questions-run.js';
import { useDataset } from './offline-helpers.js';

const dataset = useDataset();
const NOW = new Date('2026-11-29T09:00:00Z');

describe('days written whole in digits ("2025-10-21", "31.10.2025")', () => {
  it('are read as chrono reads them, in the questions of the sets and the corpus', () => {
    const ds = dataset();
    const texts = [...DEV_SETS.flatMap((s) => loadQuestions(s.file).map((q) => q.q)), ...buildCorpus(ds).map((c) => c.text)];
    let numeric = 0;
    for (const t of texts) {
      if (/\d{4}-\d{2}-\d{2}|\d\.\d{1,2}\.\d{4}/.test(t)) numeric++;
      expect(findTime(t, ds, NOW), t).toEqual(chronoTime(t, ds, NOW));
    }
    expect(numeric).toBeGreaterThan(20);
  });

  it('are read as chrono reads them on every day of three years, in sentences of both languages', () => {
    const ds = dataset();
    const pad = (n: number): string => String(n).padStart(2, '0');
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000 * 3) {
      const d = new Date(t);
      const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
      for (const q of [`What happened in Tokyo on ${y}-${pad(m)}-${pad(day)}?`, `Was geschah am ${pad(day)}.${pad(m)}.${y} in Peking?`, `Was geschah am ${day}.${m}.${y}?`, `Events ${y}-${pad(m)}-${pad(day)}`]) {
        const got = findTime(q, ds, NOW);
        expect(got, q).toEqual(chronoTime(q, ds, NOW));
        expect(got?.start, q).toBe(`${y}-${pad(m)}-${pad(day)}`);
      }
    }
  });

  it('leave other texts to chrono: two days, a month name beside, an impossible day', () => {
    const ds = dataset();
    for (const q of ['What happened between 2025-10-21 and 2025-10-30?', 'Was geschah am 31.10.2025, also im Oktober?', 'What happened on 2025-02-30?', 'Was war am 32.10.2025?']) {
      expect(findTime(q, ds, NOW), q).toEqual(chronoTime(q, ds, NOW));
    }
  });
});
