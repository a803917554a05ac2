// Whether one sentence settles a yes/no question, and which way: the reading polarFirst (polar.ts) applies to
// an answer's lead and its support. Split from polar.ts by what it reads.
import { nameWordsOfAll } from './event-names.js';
import { approximated, quantities } from '../query/quantities.js';
import type { CommandContext } from '../../commands/types.js';
import { normalize } from '../../dataset/lookup.js';
import { stem, verbStem } from '../query/text.js';
import { lacksAsked } from './polar-unsettled.js';
import { firstDeniesPrior, firstSinceYear, holdsOwnWord, negatedByPrefix, sameVerb, turnedIn, undoes } from './polar-words.js';
import { placedElsewhere } from './polar-role.js';
import { vocabIndex } from '../query/vocab.js';
import { directionsIn } from './directions.js';
import type { ParsedQuery } from '../query/types.js';
import { labelledElsewhere } from './polar-labels.js';
import { boundVerdict, namesCountry } from './polar-tonnage.js';
import { equativeAsked, holdsPhrase, paddedQuestion } from '../query/question-text.js';
import { datesInDatasetText, namesMonth } from '../query/time.js';
import { textStems, textWords } from './sentence-cache.js';
import { asksCurrentState, namesElements, saysInForce, stateVerdict } from './polar-state.js';
import { priceInSentence } from './polar-price.js';
import { spanMismatch } from './counted-span.js';
import { twoYearsCompared } from './polar-lead.js';
import { compoundOf, countriesNamed, formerValues, negated, negatedAttributes, sameWordOtherYear, negatedClaimFramed, ordinalsAsNumbers, peopleNamed, quantityCheck, questionNegated, scopes, actWords, namedInAct, witnessAsked, witnessedBy } from './polar-parts.js';

export interface Verdict {
  verdict: 'yes' | 'no';
  /** Content words of the question the sentence holds. */
  hits: number;
  /** Settled only by the quantities asked: the sentence states them ('yes') or another ('no'). */
  byQuantity?: boolean;
  /** 'yes' to a negated question, contradicting its negation (German "Doch"). */
  contradicts?: boolean;
}

/** 'yes', 'no', or undefined when the sentence does not settle the question. */
export function polarity(ctx: CommandContext, p: ParsedQuery, sentence: string): 'yes' | 'no' | undefined {
  return judge(ctx, p, sentence)?.verdict;
}

/** The words a yes/no question asks about: its content words, less function words and negations. */
export function contentOf(ctx: CommandContext, p: ParsedQuery): string[] {
  const v = vocabIndex(ctx.dataset);
  return [...new Set(p.content)].filter((w) => !v.stop.has(w) && !v.negations.has(w));
}

export function judge(ctx: CommandContext, p: ParsedQuery, sentence: string): Verdict | undefined {
  const v = vocabIndex(ctx.dataset);
  const lang = ctx.locale;
  // What the question asks first: without content words no sentence is read (a support of twenty
  // sentences was normalised and stemmed word by word for nothing; bench/core.ts, --cpu-prof).
  const content = contentOf(ctx, p);
  if (!content.length || twoYearsCompared(ctx, p)) return undefined;
  const words = textWords(ctx.dataset, sentence);
  const named = peopleNamed(ctx, p);
  if (lacksAsked(ctx, p, words, named)) return undefined;
  const stems = textStems(ctx.dataset, sentence, lang);
  let hits = 0;
  let prefixed = false;
  // The content words the sentence holds as written (not only negated by a prefix).
  const held = new Set<string>();
  // Those it holds only negated by a prefix ("verbindlich" in "unverbindliche"): held as what is denied.
  const negHeld = new Set<string>();
  for (const w of content) {
    if (stems.has(stem(w, lang)) || stems.has(verbStem(w, lang)) || sameVerb(v, w, words) || compoundOf(w, words, stems, lang)) {
      hits++;
      held.add(w);
    }
    // "verbindlich" against "unverbindliche", "binding" against "non-binding".
    else if (negatedByPrefix(v, w, words, lang)) {
      hits++;
      prefixed = true;
      negHeld.add(w);
    }
  }
  // Whether a measure on the asked elements holds now: a sentence naming them all and recording a
  // state settles it, whatever other words the question uses for the measure ("licence requirement").
  // A sentence about other elements ("the April licensing for samarium …" for holmium) settles nothing.
  if (p.subjects.elements.length && asksCurrentState(ctx, p) && !namesElements(sentence, p.subjects.elements)) return undefined;
  // A figure claimed ('Förderquote 270.000 t?') is settled by no sentence stating no number ('nicht
  // dokumentierte Produktion ist darin nicht enthalten'): its negation or state is of something else.
  if (p.claim && p.threshold !== undefined && !/\d/.test(sentence)) return undefined;
  const qNeg = questionNegated(ctx, p);
  const state = qNeg ? undefined : stateVerdict(ctx, p, sentence);
  if (state === 'open') return undefined;
  if (state && p.subjects.elements.length) return { verdict: state, hits };
  // Two thirds of the content words; of one or two, one ("found in nature" — "absent in nature").
  if (content.length <= 2 ? hits < 1 : hits * 3 < content.length * 2) return undefined;
  // "Is China's quota the same as its actual production?": two things asked as one are settled only by a
  // sentence saying they are ("equal", "the same"); one holding the words of both tells how they relate.
  // So does one saying it stayed so ("unchanged from", "unverändert"; operators.same).
  if (equativeAsked(p, v) === 'equal' && !holdsPhrase(` ${words.join(' ')} `, v.equalWords) && !words.some((w) => v.operators.byLang[lang].get(w) === 'same')) return undefined;
  // "Sind die USA Nettoimporteur von Konzentraten?" against "… sind die USA Nettoexporteur": a word asked
  // that the sentence holds only turned to its opposite (grammar.opposites) is denied.
  if (!qNeg && content.some((w) => !held.has(w) && turnedIn(v.opposites, w, words))) return { verdict: 'no', hits };
  // "Is cerium used for magnets?" against "Uses: glass polishing …": a sentence holding only the words of
  // the attribute asked, and none of what the question says of it, settles nothing. (A figure asked is
  // what it says, judged below.)
  if (content.length <= 2 && !/\d/.test(p.text) && !holdsOwnWord(p, content.filter((w) => !v.presence.has(w)), v.lifting, new Set([...held, ...negHeld]))) return undefined;
  // "Is the April control on terbium suspended?" against a sentence listing the April controls: a
  // suspension asked is settled only by a sentence speaking of one (or of the measure staying).
  if (p.words.some((w) => v.eventKinds.suspension.has(w)) && !words.some((w) => v.eventKinds.suspension.has(w)) && !saysInForce(v, words)) return undefined;
  // "Did China cut its quota?", "Did the US raise the tariff?": a change asked is settled only by a sentence
  // stating one, and one stating only the other way says no.
  if (p.direction) {
    const moves = directionsIn(ctx, words);
    if (!moves.size) return undefined;
    if (!moves.has(p.direction)) return { verdict: 'no', hits };
  }
  // Every part naming the question's people must agree, or the sentence settles nothing.
  const askedStems = new Set(content.flatMap((w) => [stem(w, lang), verbStem(w, lang)]));
  const askedFamilies = new Set(content.map((w) => v.verbFamily.get(w)).filter((x) => x !== undefined));
  const isAsked = (w: string): boolean => askedStems.has(stem(w, lang)) || askedStems.has(verbStem(w, lang)) || askedFamilies.has(v.verbFamily.get(w) ?? '')
    || content.some((c) => compoundOf(c, [w], stems, lang));
  const scoped = scopes(ctx.dataset, sentence, words, named, isAsked);
  // "Did Trump sign the declaration?" against "… signed a document, witnessed by Trump …; Trump called it
  // the 'Peace Accord'": a witness named elsewhere only beside none of what is asked of them settles nothing.
  // "Was it witnessed by Trump?": asked of the witnesses, one named among them is yes, one of those
  // who did the act no ("witnessed by Hun Manet?" of "Anutin and Hun Manet signed …, witnessed by Trump").
  // "War Anwar bei der Unterzeichnung dabei?": one who did the act and one who witnessed it were both there.
  if (named.length && !qNeg && p.words.some((w) => v.presence.has(w)) && (witnessedBy(ctx.dataset, sentence, named) || namedInAct(ctx.dataset, sentence, named))) return { verdict: 'yes', hits };
  if (named.length && !qNeg && witnessAsked(ctx.dataset, p.words, lang)) {
    if (witnessedBy(ctx.dataset, sentence, named)) return { verdict: 'yes', hits };
    if (namedInAct(ctx.dataset, sentence, named)) return { verdict: 'no', hits };
  }
  // The words naming the event ("the peace deal", "Peace Accord") are no act asked of the witness.
  if (named.length && witnessedBy(ctx.dataset, sentence, named)) {
    const naming = nameWordsOfAll(p.subjects.events);
    if (!scoped.some((ws) => ws.some((w) => !named.includes(w) && isAsked(w) && !naming.has(w)))) {
      // "Did Trump sign it?" of "Anutin and Hun Manet signed …, witnessed by Trump": the act asked is
      // the others', the person asked only watched it.
      const act = actWords(ctx.dataset, sentence) ?? [];
      return !qNeg && act.some((w) => isAsked(w) && !naming.has(w) && !named.includes(w)) ? { verdict: 'no', hits } : undefined;
    }
  }
  // Only when the sentence holds every word asked: "schon abgebaut?" may ask what "nicht erschlossen" denies.
  const attributive = lang === 'de' && hits === content.length ? negatedAttributes(sentence, v.negations, isAsked) : undefined;
  // "No. 61" is a label before a number, no negation.
  const unlabelled = (ws: readonly string[]): readonly string[] => ws.filter((w, i) => !(v.numberLabels.has(w) && /^\d/.test(ws[i + 1] ?? '')));
  // A negation that is also a prefix ("non" of "non-binding") negates the one word after it: of a word not
  // asked ("signed a non-binding memorandum" for "Did Malaysia sign an MoU?"), it negates nothing asked.
  // Only one written as a prefix, with its hyphen: German "nicht" standing alone negates its clause.
  const lower = sentence.toLowerCase();
  const prefixOnly = (ws: readonly string[]): readonly string[] => ws.filter((w, i) => !(v.negationPrefixes.includes(w) && v.negations.has(w) && ws[i + 1] !== undefined
    && lower.includes(`${w}-${ws[i + 1]}`) && !isAsked(ws[i + 1]!)));
  const parts = [...new Set(scoped.map(unlabelled).map(prefixOnly).map((ws) => negated(attributive ? ws.filter((w, i) => !(v.negations.has(w) && attributive.has(`${w} ${ws[i + 1]}`))) : ws, v.negations)))];
  if (state) return { verdict: state, hits };
  // Without people, the clauses holding the asked words all count: "a large deposit in northern Saxony,
  // which is not mined" says no to "is the deposit in Saxony mined?", as the question asks both.
  if (parts.length !== 1 && (named.length || qNeg)) return undefined;
  const sNeg = prefixed || parts.includes(true);
  // "Hat nicht Kishida die Bäume versprochen?" against "Kishida had pledged 250 trees": a negated question
  // asks the fact itself, which the sentence states ("Doch"); only a claim put to judge ("Is it true that
  // … did not …?") is denied by it.
  // Settled only by a sentence holding every word asked; else it says nothing of the question.
  if (qNeg && !sNeg && !negatedClaimFramed(ctx, p)) return hits === content.length ? { verdict: 'yes', hits, contradicts: true } : undefined;
  if (sNeg !== qNeg) return { verdict: 'no', hits };
  // "Did China suspend all its controls?" against "Only the 9 October measures are suspended".
  if (!qNeg && p.words.some((w) => v.universal.has(w)) && words.some((w) => v.restrictive.has(w))) return { verdict: 'no', hits };
  // "Suspended permanently?" against "… until 10 November 2026".
  if (!qNeg && holdsPhrase(paddedQuestion(p), v.permanent) && words.some((w) => v.untilWords.has(w))) return { verdict: 'no', hits };
  // "Was a 100% tariff imposed?" against "the planned 100% tariff was dropped": a sentence undoing what is asked.
  if (!qNeg && undoes(v, sentence, p)) return { verdict: 'no', hits };
  // "Ever had a woman prime minister before Takaichi?" against "the first woman in the office".
  if (!qNeg && firstSinceYear(v, p, sentence)) return { verdict: 'no', hits };
  if (!qNeg && firstDeniesPrior(v, p, sentence, content, held) && p.subjects.countries.every((c) => namesCountry(sentence, c))) return { verdict: 'no', hits };
  // "Did Malaysia lift its ban?" against "… said the ban … stays": lifted asked, staying stated.
  if (!qNeg && p.words.some((w) => v.lifting.has(w)) && words.some((w) => v.remaining.has(w))) return { verdict: 'no', hits };
  // "Was Anutin the Cambodian prime minister?" against "Thai Prime Minister Anutin …": another country's office.
  if (!qNeg && placedElsewhere(ctx, p, words, named)) return { verdict: 'no', hits };
  // "The only one?": a sentence naming other countries beside the asked ones says no; one naming
  // none of them settles nothing.
  if (p.only) {
    const others = countriesNamed(ctx, words, sentence).filter((id) => !p.subjects.countries.some((c) => c.id === id));
    return others.length ? { verdict: 'no', hits } : undefined;
  }
  // "das erste Treffen seit 2017?" against "zum ersten Mal seit 2019": a year after the same word.
  const yearAfter = p.time?.kind === 'year' ? sameWordOtherYear(p, words, p.time.start.slice(0, 4), v.wordLists.changeFrom[lang]) : false;
  if (yearAfter) return { verdict: 'no', hits };
  // "Will Trump visit China in May 2026?" against "he would visit China in April 2026": a day or
  // month asked that the sentence's own days and months all miss.
  const t = p.time;
  // So does a year asked ("Did the Trump–Xi meeting happen in 2024?" against "30 Oct 2025"), unless the
  // sentence states that year itself ("their first meeting since 2019").
  // A month naming the measure ("the October 2025 control") says which one, not when the thing asked happened.
  // "Is the fentanyl tariff now 10%?": a figure asked as the value now is judged by the figure, not
  // by the day the sentence says it changed.
  const valueNow = t?.relative === true && t.kind === 'day' && /\d/.test(p.text.replace(t.text, ' '));
  // Nor a month the sentence names itself ("reaffirming the July deal" asked "Was the July deal a 15% tariff?").
  // Unless the sentence dates that month in another year ("extended to 10 November 2026" against "to November 2027").
  const monthNamed = t?.kind === 'month' && words.some((w) => namesMonth(w, Number(t.start.slice(5, 7))))
    && !datesInDatasetText(sentence, ctx.dataset).some((d) => d.start.slice(5, 7) === t.start.slice(5, 7) && d.start.slice(0, 4) !== t.start.slice(0, 4));
  if (t && !t.label && !valueNow && !monthNamed && (t.kind === 'day' || t.kind === 'month' || (t.kind === 'year' && !t.relative && !sentence.includes(t.start.slice(0, 4))))) {
    const stated = datesInDatasetText(sentence, ctx.dataset).filter((d) => d.kind === 'day' || d.kind === 'month');
    if (stated.length && !stated.some((d) => d.start <= t.end && d.end >= t.start)) return { verdict: 'no', hits };
    // A sentence of the event asked that states no day of its own ("Trump and Takaichi signed two
    // documents in Tokyo") happened on the event's days: a year asked before them is no (one after
    // may still hold what the event began).
    // Of several events found, when every one of them came after the year asked.
    const evs = p.subjects.events;
    if (!stated.length && t.kind === 'year' && evs.length && evs.every((e) => e.date > t.end.slice(0, 10))) return { verdict: 'no', hits };
  }
  // "Larger than ten million tonnes?": the tonnage the sentence states for the country asked (the one
  // nearest its name) against the bound, not the bound's own number.
  if (p.threshold !== undefined && !p.claim) {
    const bound = boundVerdict(ctx, p, sentence);
    if (bound) return { verdict: bound, hits };
  }
  // "Is germanium dearer than $2,000/kg?" against "Germanium metal averaged $2,100/kg": the one price the sentence states, against the price asked.
  const price = priceInSentence(p, sentence);
  if (price) return { verdict: price, hits };
  // Agreeing words, but the quantity asked must be the one stated.
  // Numbers the question writes as words count too ("more than two hours" asks 2), so a sentence
  // stating another number ("1 hour 40 minutes") is no "yes".
  // So are ranks ("the fourth round" against "the 5th round"), on both sides.
  // The sentence's number words count as its digits do ("Six announcements issued" states 6).
  // "the one in fibre amplifiers" is a pronoun, "one of the sources" a part of a set: no 1 claimed.
  const digits = (text: string): string => text.replace(/\p{L}+/gu, (w, at: number) => {
    const n = v.numbers.get(normalize(w));
    const pronoun = n === 1 && (v.pronounOne.has(normalize(/(\p{L}+)\W*$/u.exec(text.slice(0, at))?.[1] ?? ''))
      || v.partitiveOne.has(normalize(/^\W*(\p{L}+)/u.exec(text.slice(at + w.length))?.[1] ?? '')));
    return n === undefined || pronoun ? w : String(n);
  });
  const askedText = ordinalsAsNumbers(digits(p.time ? p.text.replace(p.time.text, ' ') : p.text), v, lang);
  const asked = quantities(askedText);
  // A share asked ("99%?") of a sentence stating only tonnages or kilograms: that sentence settles nothing.
  const inPercent = (text: string, ws: readonly string[]): boolean => text.includes('%') || ws.some((w) => v.percentUnits.has(w));
  if (asked.length && inPercent(p.text, p.words) && !inPercent(sentence, words)) return undefined;
  const stated = ordinalsAsNumbers(asked.length ? digits(sentence) : sentence, v, lang);
  // "100 cherry trees" against "100 years ago": another thing counted; the sentence states nothing asked.
  if (asked.length && spanMismatch(v, askedText, stated, asked)) return undefined;
  const q = quantityCheck(asked, stated, approximated(askedText, v.wordLists.approximators[lang]));
  // "Was the separation quota 270,000 t?" against "mining 270,000 t and separation 250,000 t".
  if (q === 'ok' && (labelledElsewhere(ctx, p, sentence, asked) || formerValues(asked, sentence, p, v))) return { verdict: 'no', hits, byQuantity: true };
  return q === undefined ? undefined : { verdict: q === 'ok' ? 'yes' : 'no', hits, byQuantity: asked.length > 0 };
}
