// "Did Trump and Xi meet in Busan or in Gyeongju?", "Kuala Lumpur oder Bangkok – wo wurde unterzeichnet?":
// a question offering places to choose from gets the one its event took place at first, or "neither",
// with the event's place; not a timeline of the events at either.
import type { CommandContext } from '../../commands/types.js';
import { loc, t } from '../../commands/common.js';
import { normalize } from '../../dataset/lookup.js';
import { offersAlternatives } from '../query/polar-cues.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import { vocabIndex } from '../query/vocab.js';
import { typedCapitalised } from '../query/text.js';
import { passageCount } from './retrieve.js';
import { isMonthWord } from '../query/time.js';
import { namesThing } from '../query/headings.js';
import { eventAnswer } from './answer-events.js';
import { eventAsked, placeMatches, placeNames, placesIn } from './polar-place.js';

/** The dataset's place names the question names, each once, with the words they take. */
function placesNamed(ctx: CommandContext, p: ParsedQuery): { places: string[]; words: Set<string> } {
  const v = vocabIndex(ctx.dataset);
  const words = normalize(p.text).split(' ');
  const found = placesIn(ctx, words);
  const places = [...new Set(found.map((x) => x.g))];
  const used = new Set(found.flatMap((x) => words.slice(x.at, x.at + x.n)));
  // A place the texts do not hold, offered beside one they do ("Kuala Lumpur or Bangkok", "in Canberra or at
  // the White House"): a name typed with a capital right next to the word offering the choice.
  const alts = v.wordLists.alternatives[ctx.locale];
  // Only beside a place the texts hold; never a country, a weekday or a month.
  if (!places.length) return { places, words: used };
  const unheld = (w: string | undefined): boolean => w !== undefined && w.length >= 3 && !/\d/.test(w) && !v.known.has(w) && !v.stop.has(w) && !used.has(w)
    && !v.weekdays.has(w) && !isMonthWord(w) && !namesThing(ctx.dataset, w)
    && typedCapitalised(p.text, w) && passageCount(ctx.dataset, w, 'en') === 0 && passageCount(ctx.dataset, w, 'de') === 0;
  for (let i = 0; i < words.length; i++) {
    if (!alts.has(words[i]!)) continue;
    let j = i + 1;
    while (j < words.length && (v.stop.has(words[j]!) || v.locatives.has(words[j]!))) j++;
    for (const w of [words[i - 1], words[j]]) if (unheld(w) && !places.includes(w!)) places.push(w!);
  }
  return { places, words: used };
}

export function optionPlace(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  const v = vocabIndex(ctx.dataset);
  if (!offersAlternatives(p.text, normalize(p.text), v, ctx.locale)) return undefined;
  const { places, words } = placesNamed(ctx, p);
  if (places.length < 2) return undefined;
  const ev = eventAsked(ctx, p, words);
  if (!ev) return undefined;
  const names = placeNames(ev);
  const chosen = places.filter((x) => placeMatches(x, names));
  // Both offered places name the event's own place ("Busan or Gimhae?"): no choice between them.
  if (chosen.length > 1) return undefined;
  const a = eventAnswer(ctx, ev, 'place', p);
  // The place chosen as the record writes it ("Busan"), from the part of its place holding it.
  const written = chosen[0] === undefined ? undefined : loc(ctx.locale, ev.place).replace(/\([^)]*\)/g, ' ').split(/[,/;]/)
    .map((x) => x.trim()).find((x) => ` ${normalize(x)} `.includes(` ${chosen[0]} `) || normalize(x) === chosen[0]);
  // A lead already opening with it ("White House, Washington: …") names the choice first itself.
  const lead = chosen[0] === undefined ? `${t(ctx.locale, 'Neither', 'Weder noch')} — ${a.lead}`
    : written && a.lead.startsWith(written) ? a.lead : `${written ?? chosen[0]} — ${a.lead}`;
  return { ...a, lead };
}
