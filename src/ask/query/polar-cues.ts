// Whether a question asks yes or no: a German question opening with its verb ("Fördert Kanada …?"), a
// yes/no verb after a topic and a colon ("Follow-up on Vietnam: does Russia …?"), or a statement with a
// tag asking to confirm ("…, right?", "Stimmt es, dass …"). Split from parse.ts by what it reads.
import type { Locale } from '../../reply/model.js';
import { normalize } from '../../dataset/lookup.js';
import { closesWith, opensWith, stem } from './text.js';
import type { VocabIndex } from './vocab.js';
import { closingTagsFor, closingTagsOpening, openingTagsFor } from './polar-tags.js';

/**
 * A German question opening with a finite verb and no question word is a yes/no question
 * ("Fördert Kanada Seltene Erden?", "Gehört Scandium zu den Seltenen Erden?"). German finite verbs
 * end in -t, -en or -st (also past -te, -ten); a name in first place ("Kanada?") is no verb.
 */
export function germanVerbFirst(q: string, raw: readonly string[], questionWords: ReadonlySet<string>, hasNames: boolean, opensWithName = false, verbs: ReadonlySet<string> = new Set(),
  nounVerbs: ReadonlySet<string> = new Set(), nameSecond = false, genitive: ReadonlySet<string> = new Set()): boolean {
  if (!/\?\s*$/.test(q) || raw.length < 3 || !hasNames || opensWithName) return false;
  const first = normalize(raw[0]!);
  if (verbs.has(first)) return true;
  // "Stand Holmium schon auf der Liste?" but "Stand der Exportkontrollen?": a verb that is also a noun, before a name.
  if (nounVerbs.has(first)) return nameSecond;
  // "Reserven von Brasilien und Australien?": a noun before whose it is, not a verb before its subject.
  if (genitive.has(normalize(raw[1]!))) return false;
  // "Mit welchen …", "Seit wann gilt …": a preposition before a question word opens an open question.
  if (questionWords.has(normalize(raw[1]!))) return false;
  // "Angebot für den Kunden: Preis Dysprosiumoxid 2024?": a word of a heading before a colon only looks like a verb.
  if (questionWords.has(first) || first.includes(' ') || q.includes(': ')) return false;
  // A past tense in -te(n) ("Endete die Aussetzung …?") before a word in lower case (an article, a pronoun):
  // before a noun it is an adjective ("Revidierte Zahlen für Australien?").
  return /(?:t|en|st)$/.test(first) || (/ten?$/.test(first) && /^\p{Ll}/u.test(raw[1]!));
}

/**
 * "Abgesehen von der Förderung, wie hoch …?", "Weißt du, mit wem …?": a clause after a comma opening
 * with a question word, or a preposition and one, asks an open question, whatever opens the sentence;
 * "…, und wie viel?" adds one to a yes/no question.
 */
export function openClause(q: string, v: VocabIndex, locale: Locale): boolean {
  const joiners = v.vocabulary.grammar.question_joiners[locale];
  return q.split(/,\s+/u).slice(1).some((c) => {
    const words = normalize(c).split(' ');
    const [a = '', b = ''] = words;
    // "…, wie unser Entwurf behauptet?": "as someone says" reports the claim asked about; it asks nothing.
    if (v.reporting.has(words.at(-1) ?? '')) return false;
    return v.questionWords.has(a) || (v.questionWords.has(b) && !joiners.includes(a));
  });
}

/** A yes/no verb opening the question after a topic and a colon or dash ("Follow-up on Vietnam: does Russia …?"). */
export function yesnoAfterTopic(q: string, v: VocabIndex, locale: Locale): boolean {
  // A comma too ("Under the USGS split into light and heavy, does europium …?"), before the last
  // clause, when no question word opens what comes before it ("Where in Oceania, apart from …, is …?").
  const comma = q.lastIndexOf(', ');
  const opened = comma > 0 && normalize(q.slice(0, comma)).split(' ').some((w) => v.questionWords.has(w));
  // The topic's colon or dash, and the comma: either may open the yes/no clause ("Tafeltext prüfen: Ist
  // Yttrium …, wie unser Entwurf behauptet?").
  return [q.search(/[:–—]\s|\s-\s/u), opened ? -1 : comma].some((cut) => {
    if (cut < 0) return false;
    const first = normalize(q.slice(cut + 2)).split(' ')[0] ?? '';
    // German verbs whose form does not show them ("… – lag die über 1.000 Tonnen?") open one too.
    return v.operators.byLang[locale].get(first) === 'yesno' || v.operators.byLang[locale].get(stem(first, locale)) === 'yesno'
      || (locale === 'de' && v.verbsFirst.has(first));
  });
}

/**
 * A statement with a tag that asks for confirmation is a yes/no question: closing ("US has more
 * lithium than China, right", "…, oder?", "Seoul. true?") or opening ("Stimmt es, dass …"). A
 * question word before the tag ("what share is that, right") keeps it an open question.
 */
export function taggedStatement(norm: string, v: VocabIndex, locale: Locale, q: string): boolean {
  if (openingTagsFor(v, locale, norm).some((t) => opensWith(norm, t))) return true;
  const colon = q.indexOf(':');
  if (colon > 0 && v.polarTags.beforeColon[locale].includes(normalize(q.slice(0, colon)))) return true;
  const space = norm.indexOf(' ');
  const first = space < 0 ? norm : norm.slice(0, space);
  if (v.questionWords.has(first)) return false;
  // "Stimmt das nach USGS?", "Is that right by the USGS book?": a tag of its own, a short qualifier after it.
  if (space > 0 && tagOpens(v, locale, norm)) return true;
  // "Guy at the cannery says yttrium is light. Right or wrong by USGS?": the same as the last sentence of a statement.
  const stop = Math.max(q.lastIndexOf('. '), q.lastIndexOf('! '));
  if (stop > 0 && tagOpens(v, locale, normalize(q.slice(stop + 2)))) return true;
  if (!closingTagsFor(v, locale, norm).some((t) => closesWith(norm, t))) return taggedBeforeQualifier(q, v, locale);
  // "… that isn't mined. Where is it?": the closing words belong to a last sentence asking its own question.
  const last = q.slice(Math.max(q.lastIndexOf('. '), q.lastIndexOf('! ')) + 1).trim();
  return !v.questionWords.has(normalize(last).split(' ')[0] ?? '');
}

/** A closing tag of several words opening the text, with at most a short qualifier after it ("is that right by USGS"). */
function tagOpens(v: VocabIndex, locale: Locale, norm: string): boolean {
  const n = norm.split(' ').length;
  return closingTagsOpening(v, locale, norm).some((t) => t.includes(' ') && opensWith(norm, t) && n - t.split(' ').length <= 4);
}

/**
 * "Sc: heavy REE or not, by the USGS convention?": a closing tag before a last short qualifier after a
 * comma. Only a tag of some length after a statement of some length: "No, what does REE mean?" opens
 * with an answer word, not a tag.
 */
function taggedBeforeQualifier(q: string, v: VocabIndex, locale: Locale): boolean {
  const comma = q.lastIndexOf(',');
  if (comma < 0) return false;
  const head = normalize(q.slice(0, comma));
  const tail = normalize(q.slice(comma + 1)).split(' ').filter(Boolean);
  if (head.split(' ').length < 3 || !tail.length || tail.length > 6 || v.questionWords.has(tail[0]!)) return false;
  return closingTagsFor(v, locale, head).some((t) => t.length >= 4 && closesWith(head, t));
}

/**
 * "Seit dem Rohstoffdeal ist die Ukraine im Gespräch – wie viel … liegt dort in Reserve?": a clause
 * after a dash or colon that opens with a question word (or a preposition and one: "an welchem
 * Datum") is the question, and what comes before it is context. The text before it, or undefined.
 */
export function contextBeforeQuestion(q: string, v: VocabIndex, locale: Locale): string | undefined {
  const cut = q.search(/[:–—]\s|\s-\s/u);
  if (cut < 0) return undefined;
  const [first = '', second = ''] = normalize(q.slice(cut + 2)).split(' ');
  // In the question's own language: English "was" opens a yes/no question, German "was" asks "what".
  const own = v.questionWordsOf[locale];
  return own.has(first) || own.has(second) ? q.slice(0, cut) : undefined;
}

/**
 * The number a question claims there are ("Are there 15 rare earths?", "Gibt es 17 …?"): the one right
 * after a phrase of grammar.count_claims, in digits or as a word; undefined when it claims no count.
 */
export function claimedCount(padded: string, v: VocabIndex): number | undefined {
  return countClaim(padded, v)?.n;
}

/** The count a question claims, and whether as a part of a whole ("12 der 17 Seltenen Erden"). */
export function countClaim(padded: string, v: VocabIndex): { n: number; part: boolean } | undefined {
  for (const c of v.countClaims) {
    const at = padded.indexOf(` ${c} `);
    if (at < 0) continue;
    const next = padded.slice(at + c.length + 2).split(' ')[0] ?? '';
    const n = /^\d+$/.test(next) ? Number(next) : v.numbers.get(next);
    if (n !== undefined) return { n, part: false };
  }
  // A number right before a noun of what is counted ("17 elements", "16 Seltenerdelemente").
  for (const noun of v.countNouns) {
    const at = padded.indexOf(` ${noun} `);
    const head = at < 0 ? [] : padded.slice(0, at).trim().split(' ');
    const before = head.at(-1);
    // "fünf von 17 Seltenen Erden", "12 of the 17": the number after "of" is the whole; the one before it is the count claimed.
    let of = -1;
    for (let k = Math.max(0, head.length - 3); k < head.length - 1; k++) if (v.partOf.has(head[k]!)) of = k;
    const counted = of < 0 ? before : head[of - 1];
    const n = counted === undefined ? undefined : /^\d+$/.test(counted) ? Number(counted) : v.numbers.get(counted);
    if (n !== undefined) return { n, part: of >= 0 };
  }
  return undefined;
}

/**
 * Whether a question offers alternatives to choose from ("Is gadolinium light or heavy?", "Friedensabkommen
 * oder gemeinsame Erklärung?"): a word of grammar.alternatives inside a clause, with words after it that
 * are not a closing tag ("or not", "oder nicht"). One opening a clause after a comma ("…, oder hab ich
 * mich verlesen?") adds a second question, and "…, oder?" alone closes a statement.
 */
export function offersAlternatives(q: string, norm: string, v: VocabIndex, locale: Locale): boolean {
  const alts = v.wordLists.alternatives[locale];
  const padded = ` ${norm} `;
  let any = false;
  for (const a of alts) if (padded.includes(` ${a} `)) any = true;
  if (!any) return false;
  const tags = v.polarTags.closing[locale];
  // An opening tag holding the word ("True or false: …", "Richtig oder falsch: …") offers no alternatives.
  const opening = openingTagsFor(v, locale, norm).find((t) => opensWith(norm, t) && alts.has(t.split(' ')[1] ?? ''));
  const skip = opening ? opening.split(' ').length : 0;
  for (const [n, clause] of q.split(',').entries()) {
    const words = normalize(clause).split(' ');
    for (let i = n === 0 ? Math.max(1, skip) : 1; i < words.length - 1; i++) {
      if (!alts.has(words[i]!)) continue;
      // "or not" ends the clause or stands before more words ("heavy REE or not, by …").
      const rest = words.slice(i).join(' ');
      if (tags.some((t) => rest === t || (t.startsWith(`${words[i]} `) && rest.startsWith(`${t} `)))) continue;
      // "Right or wrong by USGS?", "richtig oder falsch": the word inside a tag, which offers no choice of the topic's.
      const from = words.slice(i - 1).join(' ');
      if (!tags.some((t) => t.split(' ')[1] === words[i] && (from === t || from.startsWith(`${t} `)))) return true;
    }
  }
  return false;
}
