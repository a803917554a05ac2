// Who or what a piece of text is about: the dataset's countries, people, elements, minerals and
// events, found by their English and German names and aliases. The same matcher reads tool
// results (what a reference is bound to) and the model's sentences (what they pair it with), so
// both sides of the subject check speak the same vocabulary.
import type { Dataset } from '../../dataset/dataset.js';
import { alternation } from '../query/text.js';

export type SubjectKind = 'country' | 'person' | 'element' | 'mineral' | 'event';
export const SUBJECT_KINDS: readonly SubjectKind[] = ['country', 'person', 'element', 'mineral', 'event'];

export type Subjects = Record<SubjectKind, Set<string>>;

export interface Mention {
  kind: SubjectKind;
  id: string;
  index: number;
}

export const noSubjects = (): Subjects => ({ country: new Set(), person: new Set(), element: new Set(), mineral: new Set(), event: new Set() });

// Participant words that name an office or a body, not a person.
const NOT_A_NAME = new Set(['the', 'white', 'house', 'us', 'government', 'delegation', 'chinese', 'emperor', 'chair', 'of', 'and',
  'ministry', 'commerce', 'china', 'general', 'administration', 'customs', 'mofcom', 'gac']);

// Short names and symbols that are also everyday words ("Er" is German for "he").
const AMBIGUOUS = new Set(['Er', 'In', 'As', 'Be', 'He', 'No', 'So', 'La']);


interface Term { text: string; kind: SubjectKind; id: string; exact: boolean }

export class EntityMatcher {
  /** Terms by lower-case text; one regular expression finds them all (longest first). */
  readonly #terms = new Map<string, Term[]>();
  readonly #re: RegExp;
  readonly #eventPeople = new Map<string, string[]>();
  readonly #eventCountries = new Map<string, string[]>();

  constructor(readonly dataset: Dataset) {
    const add = (kind: SubjectKind, id: string, name: string | undefined): void => {
      const n = name?.trim();
      if (!n || n.length < 2 || AMBIGUOUS.has(n)) return;
      // Short names match as typed ("US", "Nd", "Xi"); longer ones in any case, with a genitive
      // ending ("Vietnam's", "Chinas", "Brasiliens").
      const key = n.toLowerCase();
      const list = this.#terms.get(key) ?? [];
      if (!list.some((t) => t.kind === kind && t.id === id && t.text === n)) list.push({ text: n, kind, id, exact: n.length <= 3 });
      this.#terms.set(key, list);
    };
    for (const c of dataset.countries) {
      if (c.id === 'OTHER') continue;
      for (const n of [c.name.en, c.name.de, ...c.aliases]) add('country', c.id, n);
      if (c.kind === 'country' && /^[A-Z]{2}$/.test(c.id) && ['US', 'UK'].includes(c.id)) add('country', c.id, c.id);
    }
    for (const n of ['worldwide', 'globally', 'global', 'weltweit', 'world', 'Welt']) add('country', 'WORLD', n);
    for (const m of dataset.minerals) for (const n of [m.name.en, m.name.de, ...m.aliases]) add('mineral', m.id, n);
    for (const e of dataset.elements) for (const n of [e.name.en, e.name.de, e.symbol, ...e.aliases]) add('element', e.symbol, n);
    for (const ev of dataset.events) {
      for (const n of [ev.id, ev.title.en, ev.title.de, ...ev.aliases]) add('event', ev.id, n);
      const people: string[] = [];
      for (const p of ev.participants) {
        if (p.includes('(') && !/\(chair\)/.test(p)) continue;
        const name = p.replace(/\s*\(chair\)/, '');
        const words = name.split(/\s+/).filter((w) => w.length >= 2 && !NOT_A_NAME.has(w.toLowerCase()));
        if (words.length === 0) continue;
        people.push(name);
        for (const w of words) add('person', name, w);
      }
      this.#eventPeople.set(ev.id, people);
      this.#eventCountries.set(ev.id, ev.countries);
    }
    const alternatives = alternation(this.#terms.keys());
    this.#re = new RegExp(String.raw`(?<![\p{L}\p{N}])(${alternatives})(?:['’]s|s|['’])?(?![\p{L}\p{N}])`, 'giu');
  }

  /** Every mention in the text, in order of position; a longer name wins over a shorter one inside it. */
  mentions(text: string): Mention[] {
    const out: Mention[] = [];
    for (const m of text.matchAll(this.#re)) {
      const typed = m[1]!;
      for (const t of this.#terms.get(typed.toLowerCase()) ?? []) {
        if (!t.exact || t.text === typed) out.push({ kind: t.kind, id: t.id, index: m.index ?? 0 });
      }
    }
    return out;
  }

  /** The subjects named in a text; an event brings its participants and countries with it. */
  subjects(text: string): Subjects {
    const s = noSubjects();
    for (const m of this.mentions(text)) s[m.kind].add(m.id);
    this.expandEvents(s);
    return s;
  }

  expandEvents(s: Subjects): void {
    for (const ev of s.event) {
      for (const p of this.#eventPeople.get(ev) ?? []) s.person.add(p);
      for (const c of this.#eventCountries.get(ev) ?? []) s.country.add(c);
    }
  }
}

const matchers = new WeakMap<Dataset, EntityMatcher>();

/** One matcher per dataset object (a reload builds a new dataset, so a new matcher). */
export function entityMatcher(ds: Dataset): EntityMatcher {
  let m = matchers.get(ds);
  if (!m) {
    m = new EntityMatcher(ds);
    matchers.set(ds, m);
  }
  return m;
}
