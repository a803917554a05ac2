// Seats of government standing for their countries ("Beijing's quota", "Pekings Verbot", "When did Beijing
// ban …?"): the capital names the country as its government does. Read only as a possessive, or as the
// subject after an auxiliary or at the very start; elsewhere ("met in Tokyo", "nach Peking") it stays a place.
import type { Dataset } from '../../dataset/dataset.js';
import type { Country } from '../../dataset/schema.js';
import { normalize } from '../../dataset/lookup.js';
import { escapeRegExp } from '../query/text.js';
import { vocabIndex } from '../query/vocab.js';

interface Seats {
  /** Normalised seat name (one or two words) → its country. */
  byName: Map<string, Country>;
  /** The first words of the seat names of two words ("kuala" of "kuala lumpur"): only these open a pair worth joining. */
  pairStarts: Set<string>;
  /** Each seat's possessive as typed ("Beijing's", "Beijing’s", "Pekings"). */
  possessive: RegExp | undefined;
  /** Auxiliaries a subject follows ("did", "has", "hat", "will"), normalised. */
  auxiliaries: Set<string>;
  /** Words joining two seats ("Tokyo and Washington"; grammar.question_joiners). */
  and: Set<string>;
  /** Copulas ("is", "war"; grammar.copulas), among the auxiliaries. */
  copulas: Set<string>;
  /** Words offering alternatives ("or", "oder"; grammar.alternatives). */
  or: Set<string>;
  /** Words setting two seats against each other ("Havana vs Manila"; grammar.operators.compare). */
  versus: Set<string>;
}

const cache = new WeakMap<Dataset, Seats>();

function seatsOf(ds: Dataset): Seats {
  let s = cache.get(ds);
  if (s) return s;
  const byName = new Map<string, Country>();
  const names: string[] = [];
  for (const c of ds.countries) for (const name of c.seat ?? []) { byName.set(normalize(name), c); names.push(name); }
  const yesno = ds.vocabulary?.grammar.operators.yesno;
  const joiners = ds.vocabulary?.grammar.question_joiners;
  const compare = ds.vocabulary?.grammar.operators.compare;
  const alternatives = ds.vocabulary?.grammar.alternatives;
  const copulas = ds.vocabulary?.grammar.copulas;
  s = {
    byName,
    pairStarts: new Set([...byName.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!)),
    // A name's own spelling, any case, before 's / ’s (English) or s (German genitive), then no letter.
    possessive: names.length ? new RegExp(`(?<![\\p{L}])(${names.map(escapeRegExp).join('|')})(?:['’]s|s)(?![\\p{L}])`, 'giu') : undefined,
    auxiliaries: new Set([...(yesno?.en ?? []), ...(yesno?.de ?? [])].map((w) => normalize(w))),
    copulas: new Set([...(copulas?.en ?? []), ...(copulas?.de ?? [])].map((w) => normalize(w))),
    and: new Set([...(joiners?.en ?? []), ...(joiners?.de ?? [])].map((w) => normalize(w))),
    or: new Set([...(alternatives?.en ?? []), ...(alternatives?.de ?? [])].map((w) => normalize(w))),
    versus: new Set([...(compare?.en ?? []), ...(compare?.de ?? [])].map((w) => normalize(w)).filter((w) => !w.includes(' '))),
  };
  cache.set(ds, s);
  return s;
}

/** Where each seat of government in `words` stands for its country: [word index, words taken, country]. */
export function seatsAsCountries(ds: Dataset, text: string, words: readonly string[], used: readonly boolean[]): [number, number, Country][] {
  const s = seatsOf(ds);
  if (!s.byName.size) return [];
  const out: [number, number, Country][] = [];
  // Possessives are read from the text only for a question holding a seat's name at all (few do).
  let owned: Set<string> | undefined;
  const isOwned = (gram: string): boolean => {
    if (!owned) {
      owned = new Set();
      if (s.possessive) for (const m of text.matchAll(s.possessive)) owned.add(normalize(m[1]!));
    }
    return owned.has(gram);
  };
  for (let i = 0; i < words.length; i++) {
    for (let n = 2; n >= 1; n--) {
      if (i + n > words.length || used[i] || (n === 2 && used[i + 1])) continue;
      // Two words are joined and looked up only after a word that opens a seat's name of two: a slice,
      // a join and a lookup for every pair of every question's words found nothing (bench/core-check.ts prof).
      if (n === 2 && !s.pairStarts.has(words[i]!)) continue;
      const gram = n === 1 ? words[i]! : `${words[i]!} ${words[i + 1]!}`;
      // "pekings": the German genitive, one word.
      const genitive = n === 1 && gram.endsWith('s') ? s.byName.get(gram.slice(0, -1)) : undefined;
      const c = s.byName.get(gram) ?? genitive;
      if (!c) continue;
      // "Jakarta, KL or Manila – which one hosted …?": a seat opening places offered as alternatives
      // (grammar.alternatives, within the next two words) is a place.
      const listed = i === 0 && (s.or.has(words[n] ?? '') || s.or.has(words[n + 1] ?? ''));
      // "Where is Pretoria?", "Was Lima the APEC host?", "Is Havana a big producer?": after a copula, a seat
      // ending the question or before a function word is the city asked about ("are Beijing's reserves" is not).
      const ofCity = s.copulas.has(words[i - 1] ?? '') && (words[i + n] === undefined || vocabIndex(ds).stop.has(words[i + n]!));
      const subject = (i === 0 && !listed) || (s.auxiliaries.has(words[i - 1]!) && !ofCity);
      // "Tokyo and Washington agreed …", "Havana vs Manila": a seat joined to one read as its country is one too.
      const joined = i >= 2 && (s.and.has(words[i - 1]!) || s.versus.has(words[i - 1]!)) && out.some(([at, len]) => at + len === i - 1);
      if (genitive || subject || joined || isOwned(gram)) {
        out.push([i, n, c]);
        i += n - 1;
        break;
      }
    }
  }
  return out;
}
