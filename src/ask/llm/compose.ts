// Turns the model's final text into a Reply: mentions made inert, every figure and date checked
// against the turn's tool results, the sources of the results actually used cited.
import type { Locale, Reply, ReplySource } from '../../reply/model.js';
import type { Evidence } from './claims.js';
import { checkAnswer } from './grounding.js';
import { MODEL_FOOTER } from './replies.js';

export interface ToolResult {
  reply: Reply;
  /** The tool result as the model saw it. */
  text: string;
  evidence: Evidence;
}

export type Composed =
  | { ok: true; reply: Reply; removed: string[]; unsupportedClaims: string[] }
  | { ok: false; reason: 'leak' | 'unsupported'; removed: string[]; unsupportedClaims: string[] };

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

export function composeAnswer(content: string, results: readonly ToolResult[], locale: Locale, leaks: (text: string) => boolean): Composed {
  const checked = checkAnswer(scrub(content), results.map((r) => r.evidence), locale);
  const base = { removed: checked.removed, unsupportedClaims: checked.unsupportedClaims };
  if (leaks(checked.paragraphs.join('\n'))) return { ok: false, reason: 'leak', ...base };
  // Too little survived the check to be an honest answer: the caller gives the deterministic reply.
  if (!checked.paragraphs.length || checked.removed.length * 2 > checked.sentences) return { ok: false, reason: 'unsupported', ...base };
  const good = results.filter((r) => r.reply.kind !== 'error');
  const used = good.filter((r) => checked.usedEvidence.has(results.indexOf(r)));
  const cited = used.length ? used : good;
  const footer = cited.find((r) => r.reply.footer)?.reply.footer;
  const suggestions = [...new Set(cited.flatMap((r) => r.reply.suggestions ?? []))].slice(0, 3);
  return {
    ok: true,
    ...base,
    reply: {
      kind: 'answer',
      locale,
      blocks: checked.paragraphs,
      sources: dedupeSources(cited.flatMap((r) => r.reply.sources)),
      footer: footer ? `${footer} · ${MODEL_FOOTER[locale]}` : MODEL_FOOTER[locale],
      ...(suggestions.length ? { suggestions } : {}),
    },
  };
}
