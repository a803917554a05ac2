// What a sentence must hold before it can settle a yes/no question at all: the people, names and places
// the question asks, and a comparison when two things are set against each other. A sentence lacking one
// leaves the claim unsettled, whatever else it shares with the question (judge in polar.ts).
import type { CommandContext } from '../../commands/types.js';
import type { ParsedQuery } from '../query/types.js';
import { typedAsName, typedCapitalised, stem } from '../query/text.js';
import { matchPhrases, stemWords } from '../query/phrases.js';
import { namesThing } from '../query/headings.js';
import { vocabIndex } from '../query/vocab.js';
import { askedNumbers } from '../query/question-text.js';
import { passageWords } from './retrieve.js';
import { placeWord } from './polar-place.js';
import { indexDataset, normalize } from '../../dataset/lookup.js';

/** Whether the sentence (its words) lacks something the question asks that any verdict needs; `named` the people the question names. */
export function lacksAsked(ctx: CommandContext, p: ParsedQuery, words: readonly string[], named: readonly string[]): boolean {
  const v = vocabIndex(ctx.dataset);
  const lang = ctx.locale;
  // "Was refined output larger than primary output?": two things set against each other, no number
  // asked, are not settled by a sentence holding their words but no comparison ("than", "als").
  if ((p.words.includes('than') || p.words.includes('als')) && !askedNumbers(p).length && !words.includes('than') && !words.includes('als')
    && matchPhrases(v.operators, p.words, stemWords(p.words), [lang]).some((h) => h.value === 'compare')) return true;
  if (named.some((w) => !words.includes(w))) return true;
  // "Gibt China Generallizenzen für Lithium aus?" against a sentence naming other minerals only ("… Seltene
  // Erden, Gallium, Germanium …"): it speaks of them, not of the one asked.
  if (otherMineralsOnly(ctx, p, words)) return true;
  // "Did Takaichi sign the deal with Biden?": a name the dataset does not hold, which the sentence lacks,
  // leaves the claim unsettled (English only: German capitalises every noun).
  if (lang === 'en' && p.unknown.some((w) => w !== p.words[0] && !words.includes(w) && typedCapitalised(p.text, w))) return true;
  // "Unterzeichnete Hun Sen?": a name going on past a person's name with a word the dataset does not hold
  // is another person, in German too (where the capital alone tells no name).
  if (named.some((n) => { const next = p.words[p.words.indexOf(n) + 1]; return next !== undefined && p.unknown.includes(next) && !words.includes(next) && typedCapitalised(p.text, next); })) return true;
  // So does a name the dataset holds elsewhere but not among the question's subjects ("Did Kishida sign the
  // US-Japan framework?": he is in the cherry-tree fact, not in the framework's sentence). A name as typed:
  // one capital, then lower case ("MoU" is an abbreviation).
  if (lang === 'en' && p.content.some((w) => w !== p.words[0] && !words.includes(w) && typedAsName(p.text, w) && !namesThing(ctx.dataset, w))) return true;
  // "Were prisoners released in Tokyo?" against the Kuala Lumpur record's "release 18 … prisoners": a place
  // asked that the sentence does not name leaves it unsettled.
  // Only a place after a word of place ("in Tokyo"): "Did the White House say …" names a speaker.
  const placed = (i: number): boolean => [p.words[i - 1], p.words[i - 2]].some((x) => x !== undefined && v.locatives.has(x));
  // So does a name no text holds right after a bare "in" ("in Osaka"), in German too, where a common noun
  // takes an article or "im" ("im Fiskaljahr").
  // A common noun the texts hold inside a compound ("Glasfasern" in "Glasfaserkabeln") is no such name.
  const bareIn = (i: number): boolean => p.words[i - 1] === 'in' && p.unknown.includes(p.words[i]!) && typedCapitalised(p.text, p.words[i]!) && !insideTextWord(ctx, p.words[i]!);
  return p.words.some((w, i) => p.content.includes(w) && !words.includes(w) && ((placed(i) && placeWord(ctx.dataset, w, lang)) || bareIn(i)));
}

/** Whether a word's stem stands inside a word of the texts (either language); scanned only for the rare unknown name after "in". */
function insideTextWord(ctx: CommandContext, w: string): boolean {
  const st = stem(w, ctx.locale);
  if (st.length < 4) return false;
  for (const lang of ['en', 'de'] as const) for (const x of passageWords(ctx.dataset, lang)) if (x.includes(st)) return true;
  return false;
}

/** The minerals of the dataset a sentence names (up to three words a name), when it names some and none the question asks. */
export function otherMineralsOnly(ctx: CommandContext, p: ParsedQuery, words: readonly string[]): boolean {
  const asked = p.subjects.minerals;
  if (!asked.length) return false;
  const idx = indexDataset(ctx.dataset).mineral;
  let other = false;
  for (let i = 0; i < words.length && !other; i++) {
    if (!idx.firstWords.has(words[i]!)) continue;
    for (let n = Math.min(idx.maxPhraseWords, words.length - i); n >= 1; n--) {
      const hit = idx.phrases.get(words.slice(i, i + n).join(' '));
      if (!hit || hit.code) continue;
      if (asked.includes(hit.item)) return false;
      other = true;
      break;
    }
  }
  // Most sentences name no other mineral: only those are stemmed. A mineral asked, named in any
  // inflection ("der weltweiten Seltenen Erden"), is named.
  if (!other) return false;
  const stems = new Set(words.map((w) => stem(w, ctx.locale)));
  const inflected = (n: string): boolean => normalize(n).split(' ').every((w) => stems.has(stem(w, ctx.locale)));
  return !asked.some((m) => [m.name.en, m.name.de, ...m.aliases].some(inflected));
}
