// "When did China ban gallium exports to the US?" finds the record of the ban's suspension (9 Nov 2025),
// whose title names the ban. Asked without a word of a suspension, the date is the measure's own, which
// a fact kept on that record states ("China banned exports of gallium … in December 2024"): the
// suspension's date would answer another question with a confident, sourced, wrong day.
import type { CommandContext } from '../../commands/types.js';
import type { Event, Fact } from '../../dataset/schema.js';
import { loc } from '../../commands/common.js';
import { normalize } from '../../dataset/lookup.js';
import { namesAny, stem } from '../query/text.js';
import { vocabIndex } from '../query/vocab.js';
import { splitSentences } from '../query/sentences.js';
import { datesInDatasetText } from '../query/time.js';
import type { AnswerFirst, ParsedQuery, TimeRef } from '../query/types.js';
import { formatDate } from '../../reply/format.js';

export interface MeasureDate {
  date: TimeRef;
  sentence: string;
  fact: Fact;
}

/** The earlier date of the measure a suspension record suspends, from a fact on that record, when the question asks the measure's date. */
export function suspendedMeasureDate(ctx: CommandContext, p: ParsedQuery, ev: Event): MeasureDate | undefined {
  const v = vocabIndex(ctx.dataset);
  const suspension = v.eventKinds.suspension;
  if (p.words.some((w) => suspension.has(w))) return undefined;
  const titles = normalize(`${ev.title.en} ${ev.title.de}`).split(' ');
  if (!titles.some((w) => suspension.has(w))) return undefined;
  // The question names the measure ("ban", "verboten": a word of grammar.measure_words), and the
  // sentence must too; "when did exports resume?" asks the suspension in other words.
  const measures = new Set([...v.measureWords].map((w) => stem(w, ctx.locale)));
  const stems = new Set(p.words.map((w) => stem(w, ctx.locale)).filter((x) => measures.has(x)));
  if (!stems.size) return undefined;
  // The words the question adds, less those only asking ("when", "first", "still", "gilt").
  const asked = p.content.filter((w) => !v.stop.has(w) && !v.stateWords.has(w) && !v.stateVerbs.has(w) && !v.imposing.has(w) && !v.ordinals[ctx.locale].has(stem(w, ctx.locale)))
    .map((w) => stem(w, ctx.locale));
  for (const fact of ctx.dataset.facts) {
    if (!fact.events.includes(ev.id)) continue;
    for (const sentence of splitSentences(ctx.dataset, loc(ctx.locale, fact.text))) {
      const date = datesInDatasetText(sentence, ctx.dataset).find((d) => d.kind !== 'year' && d.end < ev.date);
      // A date another record falls on is that record's ("the April 2025 licensing"), asked of it, not of the measure suspended.
      if (!date || ctx.dataset.events.some((e) => e !== ev && e.date <= date.end && (e.end_date ?? e.date) >= date.start)) continue;
      // Every word of the sentence a suspension's is a sentence about the suspension, not the measure.
      const words = normalize(sentence).split(' ');
      if (words.some((w) => suspension.has(w))) continue;
      // The sentence must say all the question says: "When did China lift the gallium ban?" holds a
      // verb ("lift", "aufgehoben") the sentence of the ban lacks, and asks of the ban's end; "ban
      // graphite exports" names a commodity the sentence does not.
      const said = new Set(words.map((w) => stem(w, ctx.locale)));
      // One word in four may be the reader's own ("Peking" for China's "China").
      // Nor is a word the record's title holds, inside a compound ("Export" in "Exportverbot" for the fact's "Ausfuhr").
      const missing = asked.filter((x) => !said.has(x) && !(x.length >= 5 && titles.some((w) => w.length > x.length && w.includes(x)))).length;
      if (!words.some((w) => stems.has(stem(w, ctx.locale))) || missing > Math.floor(asked.length / 4)) continue;
      if (!p.subjects.minerals.every((m) => fact.minerals.includes(m.id) && namesAny(sentence, [m.name.en, m.name.de, ...m.aliases]))) continue;
      return { date, sentence, fact };
    }
  }
  return undefined;
}

/**
 * "Did China ban Ge exports to the US back in Dec 2024?": a day or month claimed for a measure whose
 * own date a fact on its suspension's record states is checked against that date, not the suspension's.
 */
export function measureDateClaim(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  const t = p.time;
  const ev = p.subjects.events[0];
  if (!p.polar || !t || (t.kind !== 'day' && t.kind !== 'month') || !ev) return undefined;
  const m = suspendedMeasureDate(ctx, p, ev);
  if (!m) return undefined;
  const yes = m.date.start <= t.end && m.date.end >= t.start;
  const word = ctx.locale === 'de' ? (yes ? 'Ja' : 'Nein') : yes ? 'Yes' : 'No';
  return { status: 'answer', lead: `${word} — ${m.sentence}`, support: [`${loc(ctx.locale, ev.title)} (${formatDate(ev.date, ctx.locale)}).`],
    sources: [...new Set([...m.fact.sources, ...ev.sources])], more: `/summit ${ev.id}` };
}
