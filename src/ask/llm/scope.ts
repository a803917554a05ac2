// Cheap offline checks before any model call: is the question on the beat at all, and is it
// asking for the bot's instructions, keys or settings? Both are answered in code, without a model.
// The model is told the same rules, but nothing depends on it obeying them.
import type { Dataset } from '../../dataset/dataset.js';
import { normaliseQuestion } from '../cache.js';
import { escapeRegExp } from '../query/text.js';

// Word starts (after normalisation: lower case, no diacritics) that place a question on the beat.
const BEAT_TERMS = [
  // English
  'rare earth', 'rare-earth', 'ree', 'lanthan', 'critical mineral', 'mineral', 'mining', 'mine', 'mined', 'reserve',
  'production', 'produc', 'output', 'element', 'magnet', 'export control', 'export ban', 'export', 'licen', 'tariff',
  'summit', 'apec', 'asean', 'framework', 'agreement', 'deal', 'trade', 'supply chain', 'stockpil', 'usgs', 'mcs',
  'source', 'edition', 'oxide', 'refin', 'processing', 'battery', 'batteries', 'metal', 'commodit', 'deposit',
  'trump', 'xi', 'takaichi', 'albanese', 'anwar', 'beijing', 'tokyo', 'busan', 'gyeongju', 'kuala lumpur', 'mofcom',
  'announcement', 'soybean', 'cherry', 'lodestone', 'dataset', 'mines', 'deals', 'happen', 'event', 'timeline',
  'october', 'november', 'news', 'briefing', 'calendar',
  // German
  'seltene erde', 'seltenen erde', 'seltenerd', 'kritische rohstoff', 'rohstoff', 'bergbau', 'abbau', 'forder',
  'vorkommen', 'produktion', 'produzier', 'magnet', 'exportkontroll', 'ausfuhr', 'lizenz', 'zoll', 'zolle', 'gipfel',
  'abkommen', 'rahmenabkommen', 'vereinbarung', 'handel', 'lieferkette', 'vorrat', 'quelle', 'ausgabe', 'oxid',
  'verarbeit', 'batterie', 'metall', 'lagerstatt', 'kirschbaum', 'sojabohne', 'reserven', 'ereignis', 'zeitleiste',
  'passiert', 'geschehen', 'oktober', 'nachrichten', 'kalender', 'termin',
];

// Everyday words that turn up among dataset names and keywords but say nothing about the beat.
const COMMON = new Set([
  'the', 'and', 'for', 'with', 'from', 'der', 'die', 'das', 'und', 'von', 'mit', 'den', 'dem', 'des', 'ein', 'eine',
  'new', 'neu', 'neue', 'prime', 'minister', 'president', 'prasident', 'news', 'times', 'post', 'daily', 'world', 'welt',
]);

// Requests for what the bot must never disclose, matched on normalised text. "Ignore your
// instructions" alone is not one (see OVERRIDE); "show me your instructions" is.
const MINE = String.raw`(?:your|yours|deine\w*|ihre\w*|dein|the system|system|hidden|initial|developer|geheime\w*)`;
const SECRET_NOUN = String.raw`(?:prompt|instructions?|anweisung\w*|rules|regeln|config\w*|konfiguration|settings|einstellung\w*|secrets?|geheimnis\w*|tokens?|passw\w*|schlussel|api ?keys?|keys)`;
const REVEAL_VERB = String.raw`(?:print|show|reveal|repeat|output|leak|dump|display|tell|give|list|share|send|paste|write|what|which|zeig\w*|gib|nenn\w*|verrat\w*|wiederhol\w*|sag\w*|teil\w*|schick\w*|schreib\w*|was|welche\w*|wie lautet|wie lauten)`;
const REVEAL = [
  /\bsystem ?prompt/,
  /\b(api|openai|slack|discord|bot|access|secret|private)\s*(key|token|secret|schlussel)/,
  /\b(password|passwort|credentials?|zugangsdaten|umgebungsvariable\w*|environment variables?|env vars?|dotenv)\b/,
  new RegExp(String.raw`\b${REVEAL_VERB}\b.*\b${MINE}\s+${SECRET_NOUN}\b`),
  /\b(repeat|wiederhol\w*)\b.*\b(above|oben|everything|alles|verbatim|wortlich)\b/,
];

// Attempts to override the rules. Not refused by themselves (the question may still be on the
// beat); logged, and the checks on the answer do the rest.
const OVERRIDE = /\b(ignore|disregard|forget|override|ignorier|vergiss|missacht)\w*\b.*\b(instruction|rules|prompt|anweisung|regeln|vorgaben)/;

export type ScopeVerdict = 'on_beat' | 'off_beat' | 'reveal';

export class BeatCheck {
  readonly #terms: RegExp;
  readonly #symbols: Set<string>;

  constructor(dataset: Dataset) {
    const words = new Set<string>(BEAT_TERMS.map(normaliseQuestion));
    const add = (s: string | undefined): void => {
      const n = s ? normaliseQuestion(s) : '';
      if (n.length >= 3 && !COMMON.has(n)) words.add(n);
    };
    for (const c of dataset.countries) [c.name.en, c.name.de, ...c.aliases].forEach(add);
    for (const m of dataset.minerals) [m.name.en, m.name.de, ...m.aliases].forEach(add);
    for (const e of dataset.elements) [e.name.en, e.name.de, ...e.aliases].forEach(add);
    for (const ev of dataset.events) {
      [...ev.aliases, ...ev.participants].forEach(add);
      for (const p of ev.participants) for (const w of p.split(/\s+/)) if (w.length >= 4) add(w);
    }
    for (const f of dataset.facts) [...f.keywords.en, ...f.keywords.de, f.topic].forEach(add);
    for (const s of dataset.sources) add(s.publisher);
    const sorted = [...words].sort((a, b) => b.length - a.length);
    // Short words must match whole ("xi", "ree", "deal"); longer ones match as word starts ("produc").
    const stems = sorted.filter((w) => w.length > 4).map(escapeRegExp).join('|');
    const whole = sorted.filter((w) => w.length <= 4).map(escapeRegExp).join('|');
    this.#terms = new RegExp(`(?:^| )(?:(?:${stems})|(?:${whole})(?= |$))`);
    this.#symbols = new Set(dataset.elements.map((e) => e.symbol).filter((s) => s.length === 2));
  }

  verdict(question: string): ScopeVerdict {
    const n = normaliseQuestion(question);
    if (REVEAL.some((re) => re.test(n))) return 'reveal';
    if (this.#terms.test(n)) return 'on_beat';
    // Element symbols only as typed ("Nd", "Dy"), so that "be" or "as" never count.
    if (question.split(/[^\p{L}]+/u).some((w) => this.#symbols.has(w))) return 'on_beat';
    return 'off_beat';
  }
}

export function looksLikeOverride(question: string): boolean {
  return OVERRIDE.test(normaliseQuestion(question));
}
