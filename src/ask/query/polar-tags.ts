// The vocabulary's yes/no tags (grammar.polar_tags) grouped by their first and by their last word,
// once per vocabulary index (so per dataset version). Deciding whether a question is a yes/no
// question scanned every tag of the language with startsWith/endsWith, three or four times per
// question (about 120 scans); the parser line that decides it was the largest single line of an
// uncached question's profile. A tag can open normalised text only if its first word is the
// text's first word, and close it only if its last word is the text's last word (both are
// normalised: words one space apart, none around), so only the tags of that word need the test.
// Each group keeps the list's order, so a `find` over a group finds what it found over the list.
import type { Locale } from '../../reply/model.js';
import type { VocabIndex } from './vocab-types.js';

type ByWord = ReadonlyMap<string, readonly string[]>;

interface TagGroups {
  openingByFirst: Record<Locale, ByWord>;
  closingByFirst: Record<Locale, ByWord>;
  closingByLast: Record<Locale, ByWord>;
}

const NONE: readonly string[] = [];
const groupsOf = new WeakMap<VocabIndex, TagGroups>();

/** The first word of normalised text ('' for ''). */
export const firstWord = (norm: string): string => {
  const space = norm.indexOf(' ');
  return space < 0 ? norm : norm.slice(0, space);
};

/** The last word of normalised text ('' for ''). */
export const lastWord = (norm: string): string => norm.slice(norm.lastIndexOf(' ') + 1);

function group(tags: readonly string[], key: (t: string) => string): ByWord {
  const out = new Map<string, string[]>();
  for (const t of tags) {
    const k = key(t);
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}

function groups(v: VocabIndex): TagGroups {
  let g = groupsOf.get(v);
  if (!g) {
    const { opening, closing } = v.polarTags;
    g = {
      openingByFirst: { en: group(opening.en, firstWord), de: group(opening.de, firstWord) },
      closingByFirst: { en: group(closing.en, firstWord), de: group(closing.de, firstWord) },
      closingByLast: { en: group(closing.en, lastWord), de: group(closing.de, lastWord) },
    };
    groupsOf.set(v, g);
  }
  return g;
}

/** The opening tags that may open normalised text (their first word is its first), in list order. */
export const openingTagsFor = (v: VocabIndex, locale: Locale, norm: string): readonly string[] =>
  groups(v).openingByFirst[locale].get(firstWord(norm)) ?? NONE;

/** The closing tags that may open normalised text (their first word is its first), in list order. */
export const closingTagsOpening = (v: VocabIndex, locale: Locale, norm: string): readonly string[] =>
  groups(v).closingByFirst[locale].get(firstWord(norm)) ?? NONE;

/** The closing tags that may close normalised text (their last word is its last), in list order. */
export const closingTagsFor = (v: VocabIndex, locale: Locale, norm: string): readonly string[] =>
  groups(v).closingByLast[locale].get(lastWord(norm)) ?? NONE;
