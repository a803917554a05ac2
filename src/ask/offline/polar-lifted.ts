// "Did Malaysia lift its rare-earth export ban?" against a record saying the ban "stays", "Was the Affiliates
// rule scrapped?" against "the one-year suspension of the Affiliates rule", "Was the fentanyl tariff scrapped?"
// against "would go from 20% to 10%": a thing asked as ended that the answering record says stays, was paused
// or was cut is no — that sentence, first — where the words the question shares with another sentence
// ("refrain from banning … exports", "the US tariff cut … took effect") read as yes.
import type { CommandContext } from '../../commands/types.js';
import { loc, t } from '../../commands/common.js';
import { normalize } from '../../dataset/lookup.js';
import { formatDate } from '../../reply/format.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { splitSentences } from '../query/sentences.js';
import { stem } from '../query/text.js';
import { vocabIndex, type VocabIndex } from '../query/vocab.js';
import { questionNegated } from './polar-parts.js';
import { saysInForce } from './polar-state.js';
import { disputeFirst } from './polar-dispute.js';

type Kept = 'stays' | 'paused' | 'cut';

export function liftedStill(ctx: CommandContext, p: ParsedQuery, a: AnswerFirst): AnswerFirst | undefined {
  const v = vocabIndex(ctx.dataset);
  if (!p.words.some((w) => v.lifting.has(w)) || questionNegated(ctx, p)) return undefined;
  // A question offering the pause or the cut itself ("suspended or scrapped?") is not asking whether it ended.
  if (p.words.some((w) => pausing(v, w) || v.reducing.has(w))) return undefined;
  // Of the one record answering (its /summit pointer).
  const id = /^\/summit (\S+)$/.exec(a.more ?? '')?.[1];
  const ev = id ? ctx.dataset.events.find((e) => e.id === id) : undefined;
  if (!ev) return undefined;
  // The thing asked about: the question's words beyond the lifting, its names and its function words,
  // and the rates it names ("the 24% tariff").
  const names = new Set(normalize([ev.title.en, ev.title.de, ...ev.participants, ...ev.aliases].join(' ')).split(' ').map((w) => stem(w, ctx.locale)));
  const own = p.content.filter((w) => !v.lifting.has(w) && !v.stop.has(w) && w.length >= 3).map((w) => stem(w, ctx.locale));
  // Asked only by the record's names ("the Affiliates rule", one of its aliases), those names are the thing asked.
  const asked = own.some((w) => !names.has(w)) ? own.filter((w) => !names.has(w)) : own;
  const rates = [...p.text.matchAll(/(\d+(?:[.,]\d+)?)\s?-?\s?(?:%|percent|prozent)/gi)].map((m) => m[1]!);
  if (!asked.length) return undefined;
  const holding: { unit: string; sentence: string; kept?: Kept; ended: boolean }[] = [];
  for (const x of [ev.outcome, ev.summary, ev.agreed]) {
    if (!x) continue;
    for (const sentence of splitSentences(ctx.dataset, loc(ctx.locale, x))) {
      // A sentence listing several measures tells each in a part of its own ("removes X, extends the suspension of Y").
      for (const unit of new Set([sentence, ...sentence.split(/[,;]\s/)])) {
        const words = normalize(unit).split(' ');
        const stems = new Set(words.map((w) => stem(w, ctx.locale)));
        // A compound of the text ending the asked word, or the asked compound ending a word of the text
        // ("Exportverbot" asked, "Verbot der Ausfuhr" written).
        const holds = asked.every((w) => stems.has(w) || [...stems].some((s) => (s.length > w.length + 3 && s.endsWith(w)) || (s.length >= 5 && w.length > s.length + 3 && w.endsWith(s))));
        if (!holds || !rates.every((r) => new RegExp(`(^|[^\\d.,])${r.replace('.', '\\.')}(?:\\s?%|-prozent)`, 'i').test(unit))) continue;
        // A word of ending inside a hyphenated compound ("end-use checks") ends nothing.
        const whole = normalize(unit.replace(/\p{L}+-\p{L}+/gu, ' ')).split(' ');
        holding.push({ unit, sentence, kept: keptBy(v, words, unit), ended: whole.some((w) => v.lifting.has(w) && !pausing(v, w)) });
      }
    }
  }
  // The least part naming what was asked says what became of it; a part saying it ended means the sources differ.
  // (Of the parts telling what became of it: a part naming the thing alone, "Germanium", tells nothing.)
  const least = holding.filter((h) => h.kept || h.ended).sort((x, y) => x.unit.length - y.unit.length)[0];
  if (!least?.kept || least.ended || holding.some((h) => h.ended && !h.kept)) return undefined;
  const { sentence } = least;
  // A detail the sources give differently ("removed" per MOFCOM, "from 20% to 10%" per Trump): the dispute, not one side's no.
  const disputed = disputeFirst(ctx, p, a);
  if (disputed) return disputed;
  return { ...a, lead: `${t(ctx.locale, 'No', 'Nein')} — ${loc(ctx.locale, ev.title)} (${formatDate(ev.date, ctx.locale)}): ${sentence}`, support: [a.lead, ...a.support].filter((s) => !s.includes(sentence)) };
}

/** A word of a pause that is not also a word of ending ("suspended", not "lifted", which news uses for both). */
function pausing(v: VocabIndex, w: string): boolean {
  return v.eventKinds.suspension.has(w) && !v.lifting.has(w);
}

/** What a text says became of a measure short of ending it: it stays, it was paused, or it was cut. */
function keptBy(v: VocabIndex, words: readonly string[], text: string): Kept | undefined {
  if (saysInForce(v, words)) return 'stays';
  if (words.some((w) => pausing(v, w))) return 'paused';
  if (words.some((w) => v.reducing.has(w)) || fallsFromTo(text)) return 'cut';
  return undefined;
}

/** "would go from 20% to 10%", "sinke von 20 % auf 10 %", "20% → 10%": a rate or amount lowered. */
function fallsFromTo(text: string): boolean {
  const m = /(?:\b(?:from|von)\s+)?(\d+(?:[.,]\d+)?)\s?%?\s*(?:\bto\b|\bauf\b|→)\s*(\d+(?:[.,]\d+)?)/i.exec(text);
  return m !== null && Number(m[2]!.replace(',', '.')) < Number(m[1]!.replace(',', '.'));
}
