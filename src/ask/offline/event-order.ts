// "Which came first: the US–Malaysia MoU or the audience with the Emperor?", "Was war zuerst: Nr. 70
// oder die Zollsenkung?": the two events the question names, in the order they happened, each with
// its date; the earlier one is said first. "Was the Kuala Lumpur signing before the Tokyo deal?":
// the same order, after "Yes" or "No" for the order the question states.
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import { loc, t } from '../../commands/common.js';
import { formatDateRange } from '../../reply/format.js';
import { normalize } from '../../dataset/lookup.js';
import { asksCurrentState } from './polar-state.js';
import { vocabIndex } from '../query/vocab.js';
import { holdsPhrase, paddedQuestion } from '../query/question-text.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { directionsIn } from './directions.js';
import { matchedWords } from '../query/matched-words.js';
import { suspendedBy } from './suspension-records.js';

// Per event: its title and aliases, normalised once.
const ownNamesOf = new WeakMap<Event, string[]>();
function ownNames(e: Event): string[] {
  let names = ownNamesOf.get(e);
  if (!names) ownNamesOf.set(e, (names = [e.title.en, e.title.de, ...e.aliases].map((n) => normalize(n)).filter((n) => n.length > 2)));
  return names;
}

// Per event: its title and aliases and the parts of its place ("Gimhae Air Base, Busan, South Korea":
// "Busan"), normalised once (also what date-check.ts looks for in another event's text).
const namesOf = new WeakMap<Event, string[]>();
export function eventNames(e: Event): string[] {
  let names = namesOf.get(e);
  if (!names) {
    const places = [e.place.en, e.place.de].flatMap((x) => x.split(/[,()/]/)).map((n) => normalize(n)).filter((n) => n.length > 2);
    namesOf.set(e, (names = [...ownNames(e), ...places]));
  }
  return names;
}

/**
 * Where the question first names an event, and where that name ends, in its normalised text; undefined
 * if nowhere. By its title or an alias before its place: "Beijing" is the place of several records, and
 * "Did Beijing suspend the October controls …" names the October controls after it.
 */
function mentionAt(text: string, e: Event): { at: number; end: number } | undefined {
  const first = (names: readonly string[]) => {
    let best: { at: number; end: number } | undefined;
    for (const n of names) {
      const at = text.indexOf(` ${n} `);
      if (at >= 0 && (!best || at < best.at)) best = { at, end: at + n.length + 1 };
    }
    return best;
  };
  return first(ownNames(e)) ?? first(eventNames(e));
}

/**
 * A yes/no question placing the first event it names before or after the second ("Was X before Y?",
 * "War X nach Y?"), the order word standing between them: "yes" when the dates agree.
 */
function statedOrder(ctx: CommandContext, p: ParsedQuery, pool: readonly Event[]): { x: Event; y: Event; yes: boolean } | undefined {
  if (!p.polar) return undefined;
  const text = paddedQuestion(p);
  const named = pool.flatMap((e) => { const m = mentionAt(text, e); return m ? [{ e, ...m }] : []; }).sort((a, b) => a.at - b.at);
  const v = vocabIndex(ctx.dataset);
  const says = (between: string, words: readonly string[]): boolean => words.some((w) => between.includes(` ${w} `));
  // The two names the order word stands between: "Beijing" (the place of one record) may come before them.
  const k0 = named.findIndex((m, i) => {
    const next = named[i + 1];
    if (!next || m.end > next.at) return false;
    const between = text.slice(m.end, next.at + 1);
    return says(between, v.eventOrder.earlier[ctx.locale]) !== says(between, v.eventOrder.later[ctx.locale]);
  });
  const first = named[k0];
  const second = named[k0 + 1];
  if (!first || !second) return undefined;
  const between = text.slice(first.end, second.at + 1);
  const earlier = says(between, v.eventOrder.earlier[ctx.locale]);
  // Only the events' happening is asked between them ("… signing before …", "… take place after …"):
  // a state ("still in force after", "stay in place after") is not an order of two events.
  const k = v.eventKinds;
  const asked = new Set(matchedWords(p.attributes.filter((h) => 'event' in h.attribute.answer)));
  const order = new Set([...v.eventOrder.earlier[ctx.locale], ...v.eventOrder.later[ctx.locale]].flatMap((w) => w.split(' ')));
  const plain = (w: string): boolean => v.stop.has(w) || order.has(w) || asked.has(w) || k.agreement.has(w) || k.meeting.has(w) || k.suspension.has(w);
  // Nor is a state asked across the sentence ("Gilt Nr. 18 nach der Aussetzung weiter?").
  if (!between.trim().split(' ').every(plain) || holdsPhrase(` ${between.trim()} `, v.currentState) || asksCurrentState(ctx, p)) return undefined;
  // "Did China suspend the October controls after Busan?", "Hat China die Oktober-Kontrollen vor Busan
  // ausgesetzt?": a word of suspending outside the two names asks when the record suspending the
  // measure happened, not the measure's own day.
  const suspending = `${text.slice(0, first.at + 1)} ${text.slice(second.end)}`.trim().split(' ').some((w) => k.suspension.has(w));
  const x = (suspending && !first.e.suspended_until && suspendedBy(ctx, first.e)) || first.e;
  const { e: y } = second;
  // "Did the US raise the tariff after Busan?" of a tariff cut: the change asked is not the one recorded.
  const moves = p.direction ? directionsIn(ctx, normalize(`${loc(ctx.locale, x.title)} ${loc(ctx.locale, x.summary)}`).split(' ')) : undefined;
  const otherWay = moves !== undefined && moves.size > 0 && !moves.has(p.direction!);
  const yes = !otherWay && x.date !== y.date && (x.date < y.date) === earlier;
  return { x, y, yes };
}

export function eventOrder(ctx: CommandContext, p: ParsedQuery, labelled?: Event): AnswerFirst | undefined {
  const s = p.subjects;
  // Events named outright first, then the ones the question's words point at.
  const found = [...(labelled ? [labelled] : []), ...s.namedEvents, ...s.events].filter((e, i, a) => a.indexOf(e) === i);
  const pool = found.length < 2 && p.firstOf ? byCountryAndKind(ctx, p, found) : found;
  if (pool.length < 2) return undefined;
  const stated = p.firstOf ? undefined : statedOrder(ctx, p, pool);
  if (!p.firstOf && !stated) return undefined;
  const { locale } = ctx;
  const [x, y] = stated ? [stated.x, stated.y] : [pool[0]!, pool[1]!];
  const [a, b] = x.date <= y.date ? [x, y] : [y, x];
  const name = (e: Event): string => `${loc(locale, e.title)} (${formatDateRange(e.date, e.end_date, locale)})`;
  const order = a.date === b.date
    ? t(locale, `Both on the same day: ${name(a)} and ${name(b)}.`, `Beides am selben Tag: ${name(a)} und ${name(b)}.`)
    : t(locale, `First: ${name(a)}; then: ${name(b)}.`, `Zuerst: ${name(a)}; danach: ${name(b)}.`);
  // After "Yes —" the order goes on in lower case ("Yes — first: …", "Nein — beides am selben Tag: …").
  const lead = stated ? `${stated.yes ? t(locale, 'Yes', 'Ja') : t(locale, 'No', 'Nein')} — ${order.charAt(0).toLowerCase()}${order.slice(1)}` : order;
  return { status: 'answer', lead, support: [], sources: [...new Set([...a.sources, ...b.sources])], more: `/summit ${a.id}`, suggestions: [`/summit ${b.id}`] };
}

/**
 * "Was war zuerst: das Abkommen mit Australien oder das mit Japan?": of each country the question names,
 * its one event of the kind the question's word names (an agreement; a meeting or summit), where the
 * words found fewer than two; the events found first keep their place.
 */
function byCountryAndKind(ctx: CommandContext, p: ParsedQuery, found: readonly Event[]): Event[] {
  const k = vocabIndex(ctx.dataset).eventKinds;
  const kinds = p.words.some((w) => k.agreement.has(w)) ? ['agreement'] : p.words.some((w) => k.meeting.has(w)) ? ['meeting', 'summit'] : undefined;
  if (!kinds || p.subjects.countries.length < 2) return [...found];
  const out = [...found];
  // A country's own event names none of the other countries asked, and of several, the one naming fewest
  // countries (the US–Australia framework also names Japan; the US–Japan framework is Japan's).
  const ids = p.subjects.countries.map((c) => c.id);
  for (const c of ids) {
    const own = ctx.dataset.events.filter((e) => kinds.includes(e.kind) && e.countries.includes(c) && !ids.some((o) => o !== c && e.countries.includes(o)))
      .sort((a, b) => a.countries.length - b.countries.length);
    const first = own[0];
    if (first && (own.length === 1 || own[1]!.countries.length > first.countries.length) && !out.includes(first)) out.push(first);
  }
  return out;
}
