// "Where is the Nolans project?", "Wo liegt das Nolans-Projekt?": a thing an event's record places
// ("… Arafura's Nolans project in the Northern Territory"), named by two or more of the question's own
// words, is what is asked, not where the record's event took place.
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import { normalize } from '../../dataset/lookup.js';
import type { ParsedQuery } from '../query/types.js';
import { stem } from '../query/text.js';
import { vocabIndex } from '../query/vocab.js';
import { clauseLead, extraWords, matchingClause, titleStems } from './event-clauses.js';

// A word, up to one more between, then a capitalised name: "at Wagerup", "in the Northern Territory", "im Northern Territory".
const PLACED = /(\p{L}+)\s+(?:(\p{L}+)\s+)?(\p{Lu}\p{L}*)/gu;

/** The lead placing the thing the question names, with the record naming it (`named`: "title (date)"), or undefined. */
export function placedThing(ctx: CommandContext, p: ParsedQuery, ev: Event, named: string): string | undefined {
  const c = matchingClause(ctx, p, ev, 'place');
  // One word is enough when it is the question's only content word and the texts write it as a name ("Wo liegt Wagerup?").
  if (!c || (c.hits < 2 && !(p.content.length === 1 && c.hits === 1 && namedInText(c.text, p))) || c.hits * 2 < c.of) return undefined;
  const v = vocabIndex(ctx.dataset);
  const own = titleStems(ctx, ev);
  // A place the question names itself ("… before the Busan meeting") is its context, not the place
  // asked; one of the event's own title or place ("at the Gyeongju National Museum") is the venue's answer.
  const placed = [...c.text.matchAll(PLACED)].some((m) => {
    const name = normalize(m[3]!);
    // The one name asked, itself after a word of place ("in Wagerup, Westaustralien"), is placed by that clause too.
    const asked = p.words.includes(name) && !(p.content.length === 1 && p.content[0] === name);
    return v.locatives.has(normalize(m[1]!)) && (m[2] === undefined || v.stop.has(normalize(m[2]))) && !asked && !own.has(stem(name, ctx.locale));
  });
  if (!placed) return undefined;
  // Of a list of things placed ("…, and Arafura's Nolans project"), the one asked: parts split at a
  // list's joining word after a comma, counted by stems after the list's heading ("Named projects:");
  // a tie leaves the whole clause.
  const asked = extraWords(ctx, p, ev, 'place');
  const parts = c.text.split(/,\s+/).reduce<string[]>((out, x) => {
    const first = normalize(x).split(' ')[0] ?? '';
    if (out.length && v.listJoiners.has(first)) out.push(x.slice(x.indexOf(' ') + 1));
    else if (out.length) out[out.length - 1] += `, ${x}`;
    else out.push(x);
    return out;
  }, []);
  const hitsOf = (x: string): number => {
    const n = new Set(normalize(x.slice(x.indexOf(': ') + 1)).split(' ').map((w) => stem(w, ctx.locale)));
    return asked.filter((w) => n.has(stem(w, ctx.locale))).length;
  };
  const scored = parts.length > 1 ? parts.map((x) => ({ x, n: hitsOf(x) })).sort((a, b) => b.n - a.n) : [];
  const best = scored[0] && scored[0].n > (scored[1]?.n ?? 0) ? scored[0].x : undefined;
  // The item with the record that names it, which says whose list it is.
  const item = best ? `${best[0]!.toUpperCase()}${best.slice(1).replace(/[.;]$/, '')} — ${named}.` : undefined;
  return clauseLead(item ? { text: item, hits: c.hits, of: c.of, sentence: item } : c, named).lead;
}

/** Whether a word the question adds stands capitalised in the clause, as a name ("at Wagerup"), not as its first word. */
function namedInText(text: string, p: ParsedQuery): boolean {
  return [...text.matchAll(/(?<=\s)(\p{Lu}\p{L}+)/gu)].some((m) => p.content.includes(normalize(m[1]!)));
}
