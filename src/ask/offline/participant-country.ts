// "Who signed for Thailand in the Cambodia deal?", "Wer unterzeichnete für Kambodscha?": of an event's
// participants, the one its texts place right after the country's name or adjective ("Thai Prime
// Minister Anutin Charnvirakul") answers, not the whole list.
import type { CommandContext } from '../../commands/types.js';
import type { Event } from '../../dataset/schema.js';
import { normalize } from '../../dataset/lookup.js';
import type { ParsedQuery } from '../query/types.js';
import { splitSentences } from '../query/sentences.js';
import { countryMentions } from './polar-lead.js';
import { vocabIndex } from '../query/vocab.js';
import { phraseAt } from '../query/text.js';
import { holdsPhrase, paddedQuestion } from '../query/question-text.js';

// How far before a name a country's word may stand and still be theirs ("US Treasury Secretary Scott Bessent").
const NEAR = 4;

/** The one country named right after a word of acting for ("signed for Thailand"): "signed with Cambodia" asks the other side. */
function askedSide(ctx: CommandContext, p: ParsedQuery): string | undefined {
  const words = p.words;
  const v = vocabIndex(ctx.dataset);
  const after = countryMentions(ctx, words, { codes: false }).filter((m) => v.behalfWords.some((b) => {
    const bw = b.split(' ');
    return m.start >= bw.length && phraseAt(words, m.start - bw.length, bw);
  }));
  if (after.length === 1) return after[0]!.id;
  // A name misspelt ("für Kambodja") is found as the question's one country, beside a word of acting for.
  const cs = p.subjects.countries;
  return !after.length && cs.length === 1 && v.behalfWords.some((b) => holdsPhrase(paddedQuestion(p), [b])) ? cs[0]!.id : undefined;
}

/** The one participant of the event whose texts give them the question's one country, if there is one. */
export function participantOf(ctx: CommandContext, p: ParsedQuery, ev: Event): string | undefined {
  const want = askedSide(ctx, p);
  if (!want || ev.participants.length < 2) return undefined;
  const found = new Set<string>();
  const texts = [ev.summary, ev.agreed, ev.outcome].filter((x) => x !== undefined).flatMap((x) => [x.en, x.de]);
  for (const text of texts) {
    for (const sentence of splitSentences(ctx.dataset, text)) {
      const words = normalize(sentence).split(' ');
      const mentions = countryMentions(ctx, words, { codes: false });
      if (!mentions.length) continue;
      for (const person of ev.participants) {
        const name = normalize(person.replace(/\s*\(.*\)$/, '')).split(' ');
        const at = words.findIndex((_, i) => phraseAt(words, i, name));
        if (at < 0) continue;
        const nearest = mentions.filter((m) => m.end <= at && at - m.end <= NEAR).at(-1);
        if (nearest?.id === want) found.add(person);
      }
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}
