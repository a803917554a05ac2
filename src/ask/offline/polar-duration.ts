// "Busan talks: did Trump and Xi go past ninety minutes?", "Dauerte das Treffen vier Stunden?": a span
// of time a yes/no question claims or bounds is checked against the one the answer states ("for about
// 1 hour 40 minutes"), in minutes; units in data/vocabulary.yaml (grammar.duration_units).
import type { CommandContext } from '../../commands/types.js';
import type { Dataset } from '../../dataset/dataset.js';
import { normalize } from '../../dataset/lookup.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { splitSentences } from '../query/sentences.js';
import { vocabIndex } from '../query/vocab.js';
import type { VocabIndex } from '../query/vocab-types.js';
import { holdsPhrase } from '../query/question-text.js';
import { questionNegated } from './polar-parts.js';
import { spelledNumberAt } from '../query/thresholds.js';
import { loc } from '../../commands/common.js';
import { disputeNote, disputesOf } from './event-disputes.js';

/** A text's words as typed, lower case, a decimal kept whole ("1.5", "1,5"). */
const tokens = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\d.,]+/u).map((w) => w.replace(/[.,]+$/, '')).filter(Boolean);

/** The number a word or two at `i` spell ("90", "1.5", "ninety", "forty five"), with the words it takes. */
function numberAt(words: readonly string[], i: number, v: VocabIndex): { n: number; len: number } | undefined {
  const w = words[i] ?? '';
  if (/^\d+(?:[.,]\d+)?$/.test(w)) return { n: Number(w.replace(',', '.')), len: 1 };
  const spelled = spelledNumberAt([normalize(w), normalize(words[i + 1] ?? '')], 0, v.numbers);
  return spelled ?? (v.range.one.includes(normalize(w)) ? { n: 1, len: 1 } : undefined);
}

/** The first span of time the words state, in minutes, and where it starts: "1 hour 40 minutes" (and "and" between) counts as one. */
function minutesIn(words: readonly string[], v: VocabIndex, units: ReadonlyMap<string, number> = v.durationUnits): { minutes: number; at: number; end: number } | undefined {
  for (let i = 0; i < words.length; i++) {
    let total = 0;
    let j = i;
    for (;;) {
      // "half an hour" (before the number), "eine halbe Stunde" (between it and the unit).
      const halfBefore = v.halfWords.has(normalize(words[j] ?? '')) ? 1 : 0;
      const num = numberAt(words, j + halfBefore, v);
      const k = num ? j + halfBefore + num.len : j;
      const halfAfter = num && v.halfWords.has(normalize(words[k] ?? '')) ? 1 : 0;
      const per = num ? units.get(normalize(words[k + halfAfter] ?? '')) : undefined;
      if (!num || per === undefined) break;
      total += num.n * per * (halfBefore || halfAfter ? 0.5 : 1);
      j = k + halfAfter + 1;
      if (v.listJoiners.has(normalize(words[j] ?? ''))) j++;
    }
    if (total > 0) return { minutes: total, at: i, end: j };
  }
  return undefined;
}

/** Every span of time the words state, in minutes ("1 hour 40 minutes (CNBC) or nearly two hours": 100, 120). */
function allMinutes(words: readonly string[], v: VocabIndex): number[] {
  const out: number[] = [];
  for (let i = 0; i < words.length;) {
    const m = minutesIn(words.slice(i), v);
    if (!m) break;
    out.push(m.minutes);
    i += Math.max(m.end, m.at + 1);
  }
  return out;
}

/** The first span of time a text states, in minutes ("for about 1 hour 40 minutes": 100). */
export function spanMinutes(text: string, v: VocabIndex): number | undefined {
  return minutesIn(tokens(text), v)?.minutes;
}

const boundsOf = new WeakMap<Dataset, { more: string[]; less: string[] }>();
function bounds(ds: Dataset): { more: string[]; less: string[] } {
  let b = boundsOf.get(ds);
  const ops = ds.vocabulary?.grammar.operators;
  if (!b) boundsOf.set(ds, (b = { more: [...(ops?.more.en ?? []), ...(ops?.more.de ?? [])].map((w) => normalize(w)), less: [...(ops?.less.en ?? []), ...(ops?.less.de ?? [])].map((w) => normalize(w)) }));
  return b;
}

/** Whether a span stated bears out the one asked (both in the units' measure: minutes, or days for calendar spans): a bound right before it ("more than ninety minutes", "unter zwei Stunden"), else a claim within a tenth of it. */
function bearsOut(ctx: CommandContext, words: readonly string[], asked: { minutes: number; at: number }, stated: number): boolean {
  const before = ` ${normalize(words.slice(Math.max(0, asked.at - 3), asked.at).join(' '))} `;
  const { more, less } = bounds(ctx.dataset);
  return holdsPhrase(before, less) ? stated < asked.minutes : holdsPhrase(before, more) ? stated > asked.minutes : Math.abs(stated - asked.minutes) <= asked.minutes / 10;
}

/**
 * "Were the October controls suspended for two years?": a span of days, months or years the question
 * claims, against the days a record's dates give (a suspension from its record's day to its end);
 * undefined when none is claimed.
 */
export function spanHolds(ctx: CommandContext, p: ParsedQuery, days: number): boolean | undefined {
  const v = vocabIndex(ctx.dataset);
  if (!v.calendarSpans.size || questionNegated(ctx, p)) return undefined;
  const words = tokens(p.text);
  const asked = minutesIn(words, v, v.calendarSpans);
  return asked && bearsOut(ctx, words, asked, days);
}

/** The answer led by "yes" or "no" when the question claims a span of time and a sentence of the answer states one. */
export function durationVerdict(ctx: CommandContext, p: ParsedQuery, a: AnswerFirst): AnswerFirst | undefined {
  const v = vocabIndex(ctx.dataset);
  // A negated question ("not more than two hours?") is left to the general reading.
  if (!v.durationUnits.size || questionNegated(ctx, p)) return undefined;
  const words = tokens(p.text);
  const asked = minutesIn(words, v);
  if (asked === undefined) return undefined;
  const sentences = [a.lead, ...a.support.flatMap((x) => splitSentences(ctx.dataset, x))];
  const stated = sentences.map((s) => ({ s, m: minutesIn(tokens(s), v) })).find((x) => x.m !== undefined);
  if (!stated) return undefined;
  const yes = bearsOut(ctx, words, asked, stated.m!.minutes);
  // "Was the meeting nearly two hours long?" against 1 hour 40 minutes (CNBC) or "nearly two hours"
  // (Reuters): where the record's span says no and a note on the sources gives one that bears the claim
  // out, the dispute is the answer. (A claim the record's span bears out is its source's, and stays yes.)
  const disputed = yes ? undefined : disputesOf(ctx, p.subjects.events)
    .flatMap((d) => splitSentences(ctx.dataset, loc(ctx.locale, d.text)))
    .find((x) => allMinutes(tokens(x), v).some((m) => bearsOut(ctx, words, asked, m)));
  if (disputed) return { ...a, lead: disputeNote(ctx.locale, disputed), support: [a.lead, ...a.support] };
  const word = yes ? (ctx.locale === 'de' ? 'Ja' : 'Yes') : ctx.locale === 'de' ? 'Nein' : 'No';
  if (stated.s === a.lead) return { ...a, lead: `${word} — ${a.lead}` };
  return { ...a, lead: `${word} — ${stated.s}`, support: [a.lead, ...a.support.map((x) => x.replace(stated.s, '').trim()).filter(Boolean)] };
}
