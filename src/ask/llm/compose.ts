// Turns the model's final text into a Reply: mentions made inert, every sentence checked (answer.ts),
// references rendered from the dataset, and the sources of the references actually used cited.
import type { Dataset } from '../../dataset/dataset.js';
import type { Locale, Reply, ReplySource } from '../../reply/model.js';
import { readAnswer, type Dropped } from './answer.js';
import type { Ref, RefTable } from './refs.js';
import { MODEL_FOOTER } from './replies.js';

export interface ToolResult {
  reply: Reply;
  /** The tool result as the model saw it (references marked). */
  text: string;
}

export type ComposeFailure = 'leak' | 'unsupported' | 'pointless';

export type Composed =
  | { ok: true; reply: Reply; removed: Dropped[]; used: Ref[] }
  | { ok: false; reason: ComposeFailure; removed: Dropped[]; used: Ref[] };

/** Mentions and markup a model might produce are made inert here too; renderers escape again. */
export function scrub(text: string): string {
  return text
    .replace(/<[@#!][^>]*>/g, '')
    .replace(/@(everyone|here|channel)\b/gi, '$1')
    .replace(/\*\*|__|`/g, '')
    .trim();
}

export function dedupeSources(sources: readonly ReplySource[]): ReplySource[] {
  const seen = new Map<string, ReplySource>();
  for (const s of sources) if (!seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()];
}

export function composeAnswer(
  content: string, results: readonly ToolResult[], table: RefTable, ds: Dataset, locale: Locale, leaks: (text: string) => boolean,
  check = true,
): Composed {
  const read = readAnswer(scrub(content), table, ds, check);
  const base = { removed: read.removed, used: read.used };
  if (leaks(read.paragraphs.join('\n'))) return { ok: false, reason: 'leak', ...base };
  // Too little survived the check to be an honest answer: the caller gives the offline answer.
  if (!read.paragraphs.length || read.removed.length * 2 > read.sentences) return { ok: false, reason: 'unsupported', ...base };
  // The answer was about figures and none of them survived: what is left has lost its point.
  if (read.figureSentences > 0 && read.keptFigureSentences === 0) return { ok: false, reason: 'pointless', ...base };
  const good = results.filter((r) => r.reply.kind !== 'error');
  const cited = read.used.length ? dedupeSources(read.used.flatMap((r) => r.sources)) : dedupeSources(good.flatMap((r) => r.reply.sources));
  const footer = good.find((r) => r.reply.footer)?.reply.footer;
  const suggestions = [...new Set(good.flatMap((r) => r.reply.suggestions ?? []))].slice(0, 3);
  return {
    ok: true,
    ...base,
    reply: {
      kind: 'answer',
      locale,
      blocks: read.paragraphs,
      sources: cited,
      footer: footer ? `${footer} · ${MODEL_FOOTER[locale]}` : MODEL_FOOTER[locale],
      ...(suggestions.length ? { suggestions } : {}),
    },
  };
}
