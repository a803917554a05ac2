// "Who wrote …", "Von welcher Nachrichtenagentur stammt …", "whose figures does the article cite":
// questions about where a text or its figures come from. The sources' notes say it (who wrote a
// magazine piece, which agency's material a report used, whose assessment an article cites); the one
// holding at least half of the question's other words answers. None fits → the question's other attributes.
import type { CommandContext } from '../../commands/types.js';
import type { AnswerFirst, AttributeHit, ParsedQuery } from '../query/types.js';
import { vocabIndex } from '../query/vocab.js';
import { publisherWords, retrieve, termOf } from './retrieve.js';
import { passageAnswer } from './answer-facts.js';
import { matchedWords } from '../query/matched-words.js';

export function provenanceAnswer(ctx: CommandContext, p: ParsedQuery, hit: AttributeHit): AnswerFirst | undefined {
  const { dataset: ds, locale } = ctx;
  const asked = new Set(matchedWords([hit]));
  // The publisher's acronym ("the ZDF text") is a stopword to the parser but names the source here.
  const publishers = publisherWords(ds);
  const stop = vocabIndex(ds).stop;
  const words = p.words.filter((w) => w.length >= 2 && !asked.has(w) && (!stop.has(w) || publishers.has(w)));
  if (!words.length) return undefined;
  const top = retrieve(ds, words, locale, (x) => x.kind === 'source', 1)[0];
  const need = new Set(words.map((w) => termOf(w, locale)));
  const covered = top ? top.terms.filter((t) => need.has(t)).length : 0;
  // A publisher or title word alone does not say which of its notes' sentences answers: two words.
  return top && covered >= Math.min(2, need.size) && covered * 2 >= need.size ? passageAnswer(ctx, p, top) : undefined;
}
