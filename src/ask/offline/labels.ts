// "What is Announcement No. 58 about?", "Worum geht es in Nr. 61?": a number after a label word
// (grammar.number_labels) names a part of a record written the same way ("No. 58: lithium-battery …"),
// so the event whose text holds that labelled number answers, whatever country or attribute the
// question also names. A bare number is no label: "70 %" is a share, not Announcement No. 70.
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import type { ParsedQuery } from '../query/types.js';
import { vocabIndex } from '../query/vocab.js';
import { normalize } from '../../dataset/lookup.js';
import { semicolonItems, splitSentences } from '../query/sentences.js';
import { matchedWords } from '../query/matched-words.js';

/** The numbers of a question written after a label word ("no 58"). */
function labelled(words: readonly string[], labels: ReadonlySet<string>, elementWords: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  // "atomic number 62", "element no. 62": the label numbers an element, not a part of a record.
  words.forEach((w, i) => { if (/^\d+$/.test(w) && labels.has(words[i - 1] ?? '') && !elementWords.has(words[i - 2] ?? '')) out.add(w); });
  return out;
}

/** The words of the question's hits asking an element's number ("atomic", "element"). */
function elementNumberWords(p: ParsedQuery): Set<string> {
  return new Set(matchedWords(p.attributes.filter((h) => 'element' in h.attribute.answer && h.attribute.answer.element === 'number')));
}

/** The one event whose texts hold every labelled number of the question, if the question has one. */
export function labelledEvent(ctx: CommandContext, p: ParsedQuery): Event | undefined {
  const labels = vocabIndex(ctx.dataset).numberLabels;
  const asked = labelled(p.words, labels, elementNumberWords(p));
  if (!asked.size) return undefined;
  // A part is written starting with its label ("No. 58: lithium-battery …"); a label inside a sentence
  // ("suspended Nos. 55–58") refers to a part written elsewhere.
  const holding = ctx.dataset.events.filter((e) => {
    const stated = statedLabels(ctx, e, labels);
    return [...asked].every((n) => stated.has(n));
  });
  return holding.length === 1 ? holding[0] : undefined;
}

// The labelled numbers each event's texts state, per label list (one per dataset's vocabulary): the
// dataset's own texts, split and normalised for every question naming a label, for every event.
const statedOf = new WeakMap<ReadonlySet<string>, WeakMap<Event, ReadonlySet<string>>>();

function statedLabels(ctx: CommandContext, e: Event, labels: ReadonlySet<string>): ReadonlySet<string> {
  let perEvent = statedOf.get(labels);
  if (!perEvent) statedOf.set(labels, (perEvent = new WeakMap()));
  let stated = perEvent.get(e);
  if (!stated) {
    const clauses = [e.summary, e.agreed, e.outcome].filter((x) => x !== undefined)
      .flatMap((x) => [...splitSentences(ctx.dataset, x.en), ...splitSentences(ctx.dataset, x.de)]).flatMap((x) => semicolonItems(x));
    perEvent.set(e, (stated = new Set(clauses.map((c) => normalize(c).split(' ')).filter(([l, n]) => labels.has(l ?? '') && /^\d+$/.test(n ?? '')).map(([, n]) => n!))));
  }
  return stated;
}

/**
 * The sentence of the event's text written starting with the question's one labelled number ("No. 57:
 * five more …, licensing from 8 November 2025."), in the reply's language; undefined unless exactly one.
 */
export function labelledPart(ctx: CommandContext, p: ParsedQuery, e: Event): string | undefined {
  const labels = vocabIndex(ctx.dataset).numberLabels;
  const asked = labelled(p.words, labels, elementNumberWords(p));
  if (asked.size !== 1) return undefined;
  const [n] = asked;
  const parts = [e.summary, e.agreed, e.outcome].filter((x) => x !== undefined).flatMap((x) => splitSentences(ctx.dataset, x[ctx.locale]))
    .filter((s) => { const [l, m] = normalize(s).split(' '); return labels.has(l ?? '') && m === n; });
  return parts.length === 1 ? parts[0] : undefined;
}
