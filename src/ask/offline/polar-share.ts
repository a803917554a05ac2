// "Is the US still more than 95% dependent on imports?": a sentence listing a share per year ("more
// than 95% in 2021–2023 … 67% for 2025") settles a bound by the share of the year asked, else the
// newest year, never by the sentence merely holding the bound's own number; so does a share claimed
// ("Is US import reliance 100%?" against "100% in 2020 … 80% in 2024").
import type { CommandContext } from '../../commands/types.js';
import { splitSentences } from '../query/sentences.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';

// A percentage and, a few characters on, the year (or last year of a span) it is for. The dataset's own
// texts write it so in both languages ("80% in 2024", "67 % für 2025", "95 % in den Jahren 2021–2023").
const SHARE_YEAR = /(\d+(?:[.,]\d+)?)\s?%[^%\d.;]{1,16}?((?:19|20)\d\d)(?:\s?[–-]\s?((?:19|20)\d\d))?/gu;

export function shareByYear(ctx: CommandContext, p: ParsedQuery, a: AnswerFirst): { verdict: 'yes' | 'no'; sentence: string } | undefined {
  if (p.shareThreshold === undefined) return undefined;
  const asked = p.time?.kind === 'year' ? Number(p.time.start.slice(0, 4)) : undefined;
  let best: { year: number; value: number; sentence: string } | undefined;
  // The year asked as each sentence states it: editions may differ ("80% in 2024" in MCS 2025, "53% for
  // 2024" in MCS 2026); a share claimed that one of them states is that source's figure, not a "no".
  const ofYear: { value: number; sentence: string }[] = [];
  for (const para of [a.lead, ...a.support]) {
    for (const sentence of splitSentences(ctx.dataset, para)) {
      for (const m of sentence.matchAll(SHARE_YEAR)) {
        const from = Number(m[2]);
        const year = Number(m[3] ?? m[2]);
        const value = Number(m[1]!.replace(',', '.')) / 100;
        // A span holds each of its years ("95% in 2021–2023" is 2022's share too).
        if (asked !== undefined ? asked < from || asked > year : best && year <= best.year) continue;
        best = { year: asked ?? year, value, sentence };
        if (asked !== undefined) ofYear.push({ value, sentence });
      }
    }
  }
  if (!best) return undefined;
  // "Is it 100%?": a share claimed, not bounded, is right only as the share of that year.
  const stated = ofYear.find((x) => Math.abs(x.value - p.shareThreshold!) < 0.005);
  if (p.shareClaim && stated && ofYear.some((x) => x.value !== stated.value)) return { verdict: 'yes', sentence: stated.sentence };
  if (p.shareClaim) return { verdict: Math.abs(best.value - p.shareThreshold) < 0.005 ? 'yes' : 'no', sentence: best.sentence };
  if (best.value === p.shareThreshold) return undefined;
  return { verdict: (best.value > p.shareThreshold) !== Boolean(p.less) ? 'yes' : 'no', sentence: best.sentence };
}
