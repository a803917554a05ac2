// "Did Malaysia lift its rare-earth export ban?" against a record saying the ban "stays": a thing asked as
// lifted that a sentence of the answering record says is still in place is no — that sentence, first —
// where the words the question shares with another sentence ("refrain from banning … exports") read as yes.
import type { CommandContext } from '../../commands/types.js';
import { loc, t } from '../../commands/common.js';
import { normalize } from '../../dataset/lookup.js';
import { formatDate } from '../../reply/format.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { splitSentences } from '../query/sentences.js';
import { stem } from '../query/text.js';
import { vocabIndex } from '../query/vocab.js';
import { questionNegated } from './polar-parts.js';
import { saysInForce } from './polar-state.js';

export function liftedStill(ctx: CommandContext, p: ParsedQuery, a: AnswerFirst): AnswerFirst | undefined {
  const v = vocabIndex(ctx.dataset);
  if (!p.words.some((w) => v.lifting.has(w)) || questionNegated(ctx, p)) return undefined;
  // Of the one record answering (its /summit pointer).
  const id = /^\/summit (\S+)$/.exec(a.more ?? '')?.[1];
  const ev = id ? ctx.dataset.events.find((e) => e.id === id) : undefined;
  if (!ev) return undefined;
  // The thing asked about: the question's words beyond the lifting, its names and its function words.
  const names = new Set(normalize([ev.title.en, ev.title.de, ...ev.participants, ...ev.aliases].join(' ')).split(' ').map((w) => stem(w, ctx.locale)));
  const asked = p.content.filter((w) => !v.lifting.has(w) && !v.stop.has(w) && w.length >= 3).map((w) => stem(w, ctx.locale)).filter((w) => !names.has(w));
  if (!asked.length) return undefined;
  for (const x of [ev.outcome, ev.summary, ev.agreed]) {
    if (!x) continue;
    for (const sentence of splitSentences(ctx.dataset, loc(ctx.locale, x))) {
      const words = normalize(sentence).split(' ');
      const stems = new Set(words.map((w) => stem(w, ctx.locale)));
      // Every word asked stands in it, and it says the thing holds ("stays", "in place", "bleibe bestehen").
      if (asked.every((w) => stems.has(w) || [...stems].some((s) => s.length > w.length + 3 && s.endsWith(w))) && saysInForce(v, words)) {
        return { ...a, lead: `${t(ctx.locale, 'No', 'Nein')} — ${loc(ctx.locale, ev.title)} (${formatDate(ev.date, ctx.locale)}): ${sentence}`, support: [a.lead, ...a.support].filter((s) => !s.includes(sentence)) };
      }
    }
  }
  return undefined;
}
