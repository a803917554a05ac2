// English or German? A small marker-word vote, for questions whose caller gave no explicit locale.
// Returns undefined when the text gives no signal ("Nd", "China"), so the caller's default stands.
// Its word lists stay here, not in data/vocabulary.yaml: they identify the language by its function
// words before any dataset is chosen, and are not the beat's vocabulary. Language-identification
// libraries (franc, cld) need whole sentences; a three-word question defeats them.
import type { Locale } from '../../reply/model.js';

const DE = new Set([
  'wie', 'was', 'wer', 'wem', 'wen', 'wo', 'wann', 'warum', 'wieso', 'weshalb', 'wofür', 'wofur', 'wozu', 'woher', 'welche', 'welcher',
  'welches', 'welchen', 'sind', 'ist', 'der', 'die', 'das', 'den', 'dem', 'des', 'und', 'oder', 'von', 'vom', 'hat', 'haben', 'gibt',
  'es', 'seltene', 'seltenen', 'erden', 'reserven', 'viel', 'viele', 'meisten', 'mit', 'nicht', 'ein', 'eine', 'einen', 'für', 'fur',
  'zu', 'zum', 'zur', 'im', 'auf', 'vorkommen', 'verwendet', 'wird', 'werden', 'wurde', 'wurden', 'produziert', 'abbau', 'schwer',
  'groß', 'gross', 'große', 'größten', 'grossten', 'ich', 'mir', 'bitte', 'über', 'uber', 'welt', 'land', 'länder', 'lander',
  'unterzeichnet', 'unterschrieben', 'passiert', 'geschah', 'gipfel', 'treffen', 'abkommen', 'elemente', 'förderung', 'gewinnt',
  'heute', 'morgen', 'wetter', 'auch', 'noch', 'schon', 'denn', 'eigentlich', 'kann', 'können', 'soll', 'sollte', 'man', 'gebraucht',
  'benötigt', 'braucht', 'exportkontrollen', 'seit', 'bei', 'nach', 'zwischen', 'unter', 'stehen', 'steht',
  'findet', 'statt', 'fand', 'gab', 'liegt', 'lag', 'steckt', 'mehr', 'als', 'einem', 'einer', 'aus', 'welchem', 'laut', 'menge', 'gell',
  'kostet', 'kosten', 'diese', 'dieser', 'dieses', 'diesem', 'diesen', 'jahr', 'jahres', 'tonnen', 'preis', 'teurer', 'billiger',
  'war', 'waren', 'passierte', 'passierten', 'kostete', 'kosteten', 'letzten', 'letzte', 'letztes', 'vergangenen',
  // Greetings and thanks carry no question word, so they need their own votes.
  'hallo', 'danke', 'produktion', 'fördert', 'foerdert', 'regel', 'ausgesetzt', 'dankeschön', 'moin', 'servus', 'tschüss', 'guten', 'tag', 'vielen', 'mitglieder', 'bedeutet',
]);

const EN = new Set([
  'what', 'how', 'who', 'whom', 'which', 'when', 'where', 'why', 'is', 'are', 'the', 'of', 'does', 'do', 'did', 'have', 'has', 'many',
  'much', 'used', 'use', 'for', 'rare', 'earth', 'earths', 'reserves', 'largest', 'biggest', 'most', 'sign', 'signed', 'happened',
  'and', 'or', 'with', 'about', 'tell', 'me', 'please', 'there', 'their', 'they', 'it', 'its', 'a', 'an', 'to', 'in', 'on', 'at',
  'by', 'from', 'world', 'country', 'countries', 'produces', 'produce', 'production', 'mining', 'hard', 'agreement', 'meeting',
  'elements', 'under', 'export', 'controls', 'weather', 'win', 'wins', 'will', 'can', 'should', 'was', 'were', 'be', 'this', 'that',
  'between', 'after', 'before', 'since', 'large', 'big', 'holds', 'hold', 'own', 'owns', 'summit', 'deal', 'why',
  'hello', 'hi', 'thanks', 'thank', 'you', 'members', 'means', 'mean',
]);

// Words both languages share that should not vote: "in", "was" are weak, handled by weight.
const WEAK = new Set(['in', 'was', 'die', 'am', 'an', 'so', 'hat', 'also', 'man', 'war', 'will', 'bin', 'fast', 'rare']);

// Question words and verbs that open a question, the strongest signal (module sets: array literals
// were made on every call).
const DE_FIRST = new Set(['wie', 'was', 'wer', 'wo', 'wann', 'warum', 'wieso', 'wofür', 'wofur', 'wozu', 'welche', 'welcher', 'welches', 'gibt', 'sind', 'ist', 'hat', 'kannst', 'können']);
const EN_FIRST = new Set(['what', 'how', 'who', 'which', 'when', 'where', 'why', 'does', 'do', 'did', 'is', 'are', 'can', 'tell', 'list', 'show']);

/** A Latin-1 code unit that \p{L} matches: ASCII letters, ª, µ, º and À–ÿ but × and ÷. */
const isLatin1Letter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 0xaa || c === 0xb5 || c === 0xba
  || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7);

/**
 * The runs of letters of a text, as `text.split(/[^\p{L}]+/u).filter(Boolean)` gives them: by code unit
 * for Latin-1 text (questions in English and German), by the pattern for the rest. The Unicode
 * split was most of the cost of guessing a question's language.
 */
function letterRuns(text: string): string[] {
  const out: string[] = [];
  let from = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) return text.split(/[^\p{L}]+/u).filter(Boolean);
    if (isLatin1Letter(c)) {
      if (from < 0) from = i;
    } else if (from >= 0) {
      out.push(text.slice(from, i));
      from = -1;
    }
  }
  if (from >= 0) out.push(text.slice(from));
  return out;
}

export function detectLanguage(text: string): Locale | undefined {
  const s = languageScores(text);
  if (!s || s.de === s.en) return undefined;
  return s.de > s.en ? 'de' : 'en';
}

/** The marker words' votes for each language, or undefined for a text without letters. */
export function languageScores(text: string): { de: number; en: number } | undefined {
  const sample = text.slice(0, 500);
  const words = letterRuns(sample.toLowerCase());
  if (!words.length) return undefined;
  let de = /[äöüß]/i.test(sample) ? 2 : 0;
  let en = 0;
  for (const w of words) {
    const weight = WEAK.has(w) ? 0.4 : 1;
    if (DE.has(w)) de += weight;
    if (EN.has(w)) en += weight;
  }
  // The question word at the start is the strongest signal.
  const first = words[0]!;
  // English "was" opens a question as German "was" does: its vote is the weak one above, its opening no signal.
  if (DE_FIRST.has(first) && first !== 'was') de += 2;
  if (EN_FIRST.has(first)) en += 2;
  return { de, en };
}
