// "An welchem Tag wurde Takaichi gewählt, und wann saß sie mit Trump am Tisch?": two questions of
// "when" joined in one message. Each is read on its own and both dates are answered; read whole, the
// message found one event and answered half of it.
import type { Locale } from '../../reply/model.js';
import { alternation } from './text.js';
import { matchesOf } from '../../util/matches.js';
import type { VocabIndex } from './vocab.js';

const patterns = new WeakMap<VocabIndex, Record<Locale, { when: RegExp; joined: RegExp }>>();


/** "when" phrases of the language, and a joiner right before the second one (at most one word between: "and on which day"). */
function patternsOf(v: VocabIndex, locale: Locale): { when: RegExp; joined: RegExp } {
  let re = patterns.get(v);
  if (!re) {
    const g = v.vocabulary.grammar;
    const of = (l: Locale): { when: RegExp; joined: RegExp } => ({
      when: new RegExp(`(?<![\\p{L}])(?:${alternation(g.operators.when[l])})(?![\\p{L}])`, 'giu'),
      joined: new RegExp(`(?:[,;]\\s*(?:(?:${alternation(g.question_joiners[l])})\\s+)?|\\s(?:${alternation(g.question_joiners[l])})\\s+)(\\p{L}+\\s+)?$`, 'iu'),
    });
    patterns.set(v, (re = { en: of('en'), de: of('de') }));
  }
  return re[locale];
}

/** The two questions of "when … and when …", or undefined when the message asks one. */
export function twoWhenQuestions(q: string, v: VocabIndex, locale: Locale): [string, string] | undefined {
  const { when, joined: joinedRe } = patternsOf(v, locale);
  const hits = matchesOf(when, q);
  if (hits.length < 2) return undefined;
  for (const h of hits.slice(1)) {
    const before = q.slice(0, h.index);
    const joined = joinedRe.exec(before);
    if (!joined) continue;
    const first = before.slice(0, joined.index).trim();
    // The first part must ask "when" itself.
    if (!hits.some((x) => x.index < joined.index)) continue;
    return [first, q.slice(h.index - (joined[1]?.length ?? 0))];
  }
  return undefined;
}
