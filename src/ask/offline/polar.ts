// Yes or no first, for a yes/no question answered by a sentence of the dataset. The sentence must
// state what the question asks (most of its content words, stemmed, and every person it names);
// then the answer is "yes" when the sentence and the question agree in negation and "no" when one
// of them is negated ("Is the MoU binding?" — "a non-binding MoU"; "is promethium found in nature?"
// — "essentially absent in nature"). Anything less certain stays the sentence alone: never a guess.
import { publisherRightAsked } from './publishers.js';
import type { CommandContext } from '../../commands/types.js';
import { loc } from '../../commands/common.js';
import { firstPhraseAt, namesAny, stem, verbStem } from '../query/text.js';
import { otherMineralsOnly } from './polar-unsettled.js';
import { holderVerdict, officeVerdict } from './polar-office.js';
import { durationVerdict } from './polar-duration.js';
import { liftedStill } from './polar-lifted.js';
import { saidByAnother } from './polar-speaker.js';
import { vocabIndex } from '../query/vocab.js';
import { splitSentences } from '../query/sentences.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { shareByYear } from './polar-share.js';
import { namesCountry, tonnagesCompared } from './polar-tonnage.js';
import { equativeAsked } from '../query/question-text.js';
import { planUnsettled } from './polar-plan.js';
import { disputeFirst, officialDisputeFirst } from './polar-dispute.js';
import { textStems, textWords } from './sentence-cache.js';
import { priceInLead } from './polar-price.js';
import { comparedWithNothing, compareInLead, countInLead, topInLead, withoutEventTitle } from './polar-lead.js';
import { peopleNamed, questionNegated } from './polar-parts.js';

import { contentOf, judge, type Verdict } from './polar-judge.js';

export { peopleNamed, questionNegated };
export { polarity } from './polar-judge.js';

/**
 * The answer with "Yes —" / "No —" first when its lead, or a sentence of its support, settles a
 * yes/no question; a support sentence that settles it becomes the lead (the reason goes first).
 */
export function polarFirst(ctx: CommandContext, p: ParsedQuery, a: AnswerFirst): AnswerFirst {
  const out = verdictFirst(ctx, p, a);
  const saidYes = out !== a && /^(Yes|Ja|Doch) — /.test(out.lead);
  // "Does Brazil actually mine much rare earth?": the figure is the answer; that one exists says yes to
  // nothing about its size. A bound asked ("more than 10,000 t") or a comparison is judged as asked.
  const amountJudged = saidYes && p.threshold === undefined && p.operator !== 'compare' && !p.less
    && firstPhraseAt(p.words, vocabIndex(ctx.dataset).amountJudgments) >= 0;
  // "Liegt Mountain Pass in Australien?" against "… the United States … mined at Mountain Pass, California": a
  // yes read off a country's card naming nowhere the one country the question names is about somewhere else.
  // (An event's record may leave a country it took place in unnamed; a code such as "BT" names no country asked.)
  const asked = p.subjects.countries.length === 1 ? p.subjects.countries[0]! : undefined;
  const elsewhere = saidYes && asked !== undefined && !a.more?.startsWith('/summit')
    && namesAny(p.text, [asked.name.en, asked.name.de]) && ![out.lead, ...out.support].some((x) => namesCountry(x, asked));
  return amountJudged || elsewhere ? a : out;
}

function verdictFirst(ctx: CommandContext, p: ParsedQuery, a: AnswerFirst): AnswerFirst {
  if (!p.polar || a.status !== 'answer' || a.list || a.undecided || /^\W*(yes|no|ja|nein|doch)\b/i.test(a.lead)) return a;
  const word = (r: 'yes' | 'no'): string => (r === 'yes' ? (ctx.locale === 'de' ? 'Ja' : 'Yes') : ctx.locale === 'de' ? 'Nein' : 'No');
  // German contradicts a negated question with "Doch", not "Ja".
  const said = (v: Verdict): string => (v.contradicts && ctx.locale === 'de' ? 'Doch' : word(v.verdict));
  // "Is Lee Jae Myung the prime minister?": an office the texts give the person another of.
  const office = officeVerdict(ctx, p, a);
  if (office) return office;
  const holder = holderVerdict(ctx, p, a);
  if (holder) return holder;
  // "Did they talk for more than ninety minutes?": against the span the answer states.
  const lasted = durationVerdict(ctx, p, a);
  if (lasted) return lasted;
  const compared = compareInLead(ctx, p, a.lead) ?? priceInLead(ctx, p, a.lead) ?? countInLead(ctx, p, a.lead) ?? topInLead(ctx, p, a.lead);
  if (compared) return { ...a, lead: `${word(compared)} — ${a.lead}` };
  // Two things compared ("Did Belgium produce more germanium than Canada?", "Liegt Myanmar vor
  // Australien?"): only a lead stating both figures settles it (above); a sentence holding the
  // question's words, or one country's figure, says nothing of which is larger.
  const two = p.subjects.countries.length === 2 ? tonnagesCompared(p, a.lead, equativeAsked(p, vocabIndex(ctx.dataset)) === 'equal') : undefined;
  if (two) return { ...a, lead: `${word(two)} — ${a.lead}` };
  // "Is India behind Brazil?" (p.less from the order word) compares as "Does India have less than Brazil?" does.
  if (p.operator === 'compare' || (p.less && p.subjects.countries.length === 2) || (p.subjects.countries.length >= 2 && !p.subjects.countries.every((c) => namesCountry(a.lead, c)))) return a;
  if (comparedWithNothing(ctx, p) || publisherRightAsked(ctx, p)) return a;
  const byYear = shareByYear(ctx, p, a);
  if (byYear) return { ...a, lead: `${word(byYear.verdict)} — ${byYear.sentence}`, support: [a.lead, ...a.support].map((x) => x.replace(byYear.sentence, '').trim()).filter(Boolean) };
  // "Has it changed since the last edition?" is not settled by a sentence that merely holds the
  // question's words: only a comparison of editions (answer-figures.ts) answers it.
  if (p.words.some((w) => vocabIndex(ctx.dataset).changeWords.has(w))) return a;
  // A lead about other minerals only ("China verbot … Gallium und Germanium" for "den Seltenerdexport"): its
  // support's sentences ("Am 9. November setzte es das Verbot … aus") speak of them too.
  if (otherMineralsOnly(ctx, p, textWords(ctx.dataset, a.lead))) return a;
  const still = liftedStill(ctx, p, a);
  if (still) return still;
  const judged = judge(ctx, p, a.lead);
  // A number asked as said by someone whose clause states another ("the White House said 8.5 bn?").
  const own = judged?.verdict === 'yes' && saidByAnother(ctx, p, a.lead) ? { ...judged, verdict: 'no' as const } : judged;
  // "Did Japan give 250 cherry trees?" against a lead about "thousands of trees … 100 years ago": a
  // number the lead does not state says no only when no sentence of the support states it.
  const recheck = own?.verdict === 'no' && own.byQuantity;
  // A yes asked by official standing of a word the sources give differently: the dispute (polar-dispute.ts).
  const disputed = own?.verdict === 'yes' && !recheck ? officialDisputeFirst(ctx, p, a) : undefined;
  if (disputed) return disputed;
  // A lead lacking one of the question's words ("Is the critical-minerals MoU legally binding?" against
  // the MoU's terms) yields to a sentence of the same event's support holding more of them ("a
  // non-binding memorandum"), read with the event's title the lead opens with.
  const title = own && !recheck && own.hits < contentOf(ctx, p).length ? a.lead.slice(0, a.lead.length - withoutEventTitle(ctx, p, a.lead).length) : '';
  const stronger = title ? bestSupport(ctx, p, a, () => true, title, own!.hits) : undefined;
  if (stronger) return supportFirst(a, stronger, said(stronger.v));
  // "Did Trump visit Beijing in April 2026?" against "he would visit China in April 2026": a plan says
  // nothing of what happened (polar-plan.ts).
  const planned = own?.verdict === 'yes' ? planUnsettled(ctx, p, a) : undefined;
  if (planned) return planned;
  // "Was the April 2025 measure a ban?" against a lead holding only "measure" and a support sentence "It is
  // a licence requirement, not a ban.": a denial holding an asked word the lead lacks settles it.
  // Not a lead settled by the number claimed: it states what was asked ('Trennquote 250.000 t?').
  if (own?.verdict === 'yes' && !own.byQuantity && !recheck && !questionNegated(ctx, p)) {
    const holds = (text: string, w: string): boolean => { const st = textStems(ctx.dataset, text, ctx.locale); return st.has(stem(w, ctx.locale)) || st.has(verbStem(w, ctx.locale)); };
    const lacked = contentOf(ctx, p).filter((w) => !holds(a.lead, w));
    // The whole record of the event the lead opens with counts, not only the sentences the card shows.
    const shown = p.subjects.events.find((e) => a.lead.startsWith(loc(ctx.locale, e.title)));
    const record = shown ? [loc(ctx.locale, shown.summary), ...(shown.outcome ? [loc(ctx.locale, shown.outcome)] : [])] : [];
    const denial = lacked.length ? bestSupport(ctx, p, { ...a, support: [...a.support, ...record] }, (v) => v.verdict === 'no', '', own.hits - 1, (x) => lacked.some((w) => holds(x, w)) && textWords(ctx.dataset, x).some((w) => vocabIndex(ctx.dataset).negations.has(w))) : undefined;
    if (denial) return supportFirst(a, denial, word('no'));
  }
  if (own && !recheck) return { ...a, lead: `${said(own)} — ${a.lead}` };
  // Only the support's own sentences, each a candidate; the one holding most of the question wins.
  const best = bestSupport(ctx, p, a, (v) => !recheck || (v.verdict === 'yes' && v.byQuantity === true));
  if (recheck && !best) return { ...a, lead: `${word(own.verdict)} — ${a.lead}` };
  if (best?.v.verdict === 'yes') return officialDisputeFirst(ctx, p, a) ?? supportFirst(a, best, said(best.v));
  // Unsettled, about a detail the sources give differently ("removed" or "cut from 20% to 10%"): the dispute.
  return best ? supportFirst(a, best, said(best.v)) : disputeFirst(ctx, p, a) ?? a;
}

/** The answer led by a support sentence with its verdict, the old lead first in the support. */
function supportFirst(a: AnswerFirst, best: { sentence: string }, verdict: string): AnswerFirst {
  const rest = a.support.map((para) => para.replace(best.sentence, '').trim()).filter(Boolean);
  return { ...a, lead: `${verdict} — ${best.sentence}`, support: [a.lead, ...rest] };
}

/**
 * The support's sentence that settles the question with the most of its words, more than `floor`, among
 * the verdicts `keep` accepts, of the sentences `holding` accepts; each read after `title` (the event's title the lead opens with), if given.
 */
function bestSupport(ctx: CommandContext, p: ParsedQuery, a: AnswerFirst, keep: (v: Verdict) => boolean, title = '', floor = -1,
  holding: (sentence: string) => boolean = () => true): { sentence: string; v: Verdict } | undefined {
  let best: { sentence: string; v: Verdict } | undefined;
  for (const para of a.support) {
    for (const sentence of splitSentences(ctx.dataset, para)) {
      if (!holding(sentence)) continue;
      const v = judge(ctx, p, `${title}${sentence}`);
      if (v && keep(v) && v.hits > (best?.v.hits ?? floor)) best = { sentence, v };
    }
  }
  return best;
}
