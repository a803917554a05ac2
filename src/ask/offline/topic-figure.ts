// A commodity the dataset has no USGS table for (germanium) can still hold a figure in a fact of its
// topic (another report's country split). When a sentence of such a fact carries a number and names
// what the question pins down (the asked measure in the vocabulary's words, year and country), it
// answers; otherwise the topic's fact explains why there is no figure. Stems are matched inside
// words so German compounds count ("Primärproduktion" holds "produktion").
import type { CommandContext } from '../../commands/types.js';
import type { Fact } from '../../dataset/schema.js';
import { normalize } from '../../dataset/lookup.js';
import { loc } from '../../commands/common.js';
import type { AnswerFirst, AttributeHit, ParsedQuery } from '../query/types.js';
import { stem } from '../query/text.js';
import { splitSentences } from '../query/sentences.js';
import { passageAnswer } from './answer-facts.js';

const joined = (c: string | undefined): boolean => c !== undefined && (c === '-' || (c >= '0' && c <= '9'));

/** `year` occurs in `text` on its own, not inside a longer number or a report number. */
function standsAsYear(text: string, year: string): boolean {
  for (let i = text.indexOf(year); i >= 0; i = text.indexOf(year, i + 1)) {
    if (!joined(text[i - 1]) && !joined(text[i + year.length])) return true;
  }
  return false;
}

/** A number other than a year ("MCS 2025 publishes no table" holds no figure; "210 t in 2022" does). */
const holdsQuantity = (text: string): boolean => text.split(/[^\d.,]+/).some((n) => /\d/.test(n) && !/^(19|20)\d\d$/.test(n.replace(/[.,]$/, '')));

export function topicFigure(ctx: CommandContext, p: ParsedQuery, topic: Fact, hit: AttributeHit | undefined): AnswerFirst | undefined {
  const { dataset: ds, locale } = ctx;
  if (!hit) return undefined;
  const measure = [...hit.attribute.words.en, ...hit.attribute.words.de]
    .flatMap((w) => normalize(w).split(' '))
    .map((w) => stem(w, locale))
    .filter((w) => w.length >= 5);
  const year = p.time?.kind === 'year' ? p.time.start.slice(0, 4) : undefined;
  const country = p.subjects.countries[0];
  const fits = (text: string): boolean => {
    const n = normalize(text);
    return holdsQuantity(text)
      && measure.some((m) => n.includes(m))
      // The year as a year, not inside a report number ("Open-File Report 2024-1057").
      && (!year || standsAsYear(text, year))
      && (!country || n.includes(normalize(country.name[locale])) || n.includes(normalize(country.name.en)));
  };
  for (const f of ds.facts) {
    if (f.topic !== topic.topic) continue;
    const sentence = splitSentences(ds, loc(locale, f.text)).find(fits);
    if (sentence) {
      const passage = { id: `fact:${f.id}`, kind: 'fact' as const, ref: f.id, text: sentence, context: '', sources: [...f.sources] };
      return passageAnswer(ctx, p, { passage, score: 1, terms: [] });
    }
  }
  return undefined;
}
