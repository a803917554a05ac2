// The platform-neutral reply every command returns. Renderers (plain text, Block Kit, Discord
// embeds) turn it into their platform's idiom; nothing here knows about a platform.
// All strings are plain text: no markup, no mentions. Renderers escape them for their platform.

export type Locale = 'en' | 'de';
export const LOCALES: readonly Locale[] = ['en', 'de'];

export type ReplyKind = 'answer' | 'error' | 'briefing';

export interface ReplySource {
  id: string;
  /** "USGS, Mineral Commodity Summaries 2025 – Rare Earths (MCS 2025), 2025-01-31" */
  label: string;
  url?: string;
}

export interface ReplyField {
  label: string;
  value: string;
  inline?: boolean;
}

export interface ReplyTable {
  columns: string[];
  rows: string[][];
  /** Per column; numbers read better right-aligned. */
  align?: ('left' | 'right')[];
}

/** A bar chart described as data; adapters render it to PNG and keep `alt` as the text alternative. */
export interface ChartSpec {
  kind: 'bar';
  title: string;
  /** Unit of the values, e.g. "t". */
  unit: string;
  bars: { label: string; value: number }[];
  alt: string;
  /** Language of the numbers and words drawn; English when absent. */
  locale?: Locale;
  /** Value axis title naming measure and unit: "Reserves (t, rare-earth-oxide equivalent)"; `unit` when absent. */
  axisTitle?: string;
  /** Drawn inside the image, so a forwarded chart keeps its attribution: source, edition, as-of. */
  caption?: string;
}

export interface Reply {
  kind: ReplyKind;
  locale: Locale;
  title?: string;
  /** Paragraphs of plain text. */
  blocks: string[];
  fields?: ReplyField[];
  table?: ReplyTable;
  chart?: ChartSpec;
  sources: ReplySource[];
  /** "Dataset 2026.11.1, as of 2026-02-06" — shown small under the answer. */
  footer?: string;
  /** Follow-ups a user could type ("/reserves china", "/element Nd"). */
  suggestions?: string[];
  /** Only the person who asked should see it (errors, refusals, subscription changes). */
  ephemeral?: boolean;
}

export function errorReply(locale: Locale, text: string, suggestions?: string[]): Reply {
  return { kind: 'error', locale, blocks: [text], sources: [], ephemeral: true, ...(suggestions?.length ? { suggestions } : {}) };
}
