// Plain-text renderer for the console (and for logs/tests): title, paragraphs, fields, an aligned
// table, the chart's text alternative, numbered sources with URLs, suggestions and the footer.
// Terminal control characters are removed so no text (user or dataset) can drive the terminal.
import type { Reply } from './model.js';
import { safeText } from './safe-text.js';

const LABELS = {
  en: { sources: 'Sources', try: 'Try', chart: 'Chart' },
  de: { sources: 'Quellen', try: 'Versuche', chart: 'Diagramm' },
} as const;

/** Removes terminal and bidi control characters (safe-text.ts); newlines stay only where `keepNewlines`. */
export function cleanText(s: string, keepNewlines = false): string {
  const t = safeText(s).replace(/\t/g, ' ');
  return keepNewlines ? t : t.replace(/\n+/g, ' ');
}

function renderTable(table: NonNullable<Reply['table']>): string[] {
  const cols = table.columns.map((c) => cleanText(c));
  const rows = table.rows.map((r) => cols.map((_, i) => cleanText(r[i] ?? '')));
  const widths = cols.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i]!.length)));
  const pad = (cells: string[]): string =>
    cells
      .map((cell, i) => (table.align?.[i] === 'right' ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [pad(cols), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(pad)];
}

export function renderText(reply: Reply): string {
  const l = LABELS[reply.locale] ?? LABELS.en;
  const out: string[] = [];
  if (reply.title) {
    const title = cleanText(reply.title);
    out.push(title, '='.repeat(Math.min(title.length, 72)));
  }
  for (const b of reply.blocks) out.push(cleanText(b, true), '');
  if (reply.fields?.length) {
    const w = Math.max(...reply.fields.map((f) => cleanText(f.label).length));
    for (const f of reply.fields) {
      const value = cleanText(f.value, true).split('\n');
      out.push(`${cleanText(f.label).padEnd(w)} : ${value[0] ?? ''}`);
      for (const more of value.slice(1)) out.push(`${' '.repeat(w)}   ${more}`);
    }
    out.push('');
  }
  if (reply.table && reply.table.columns.length) out.push(...renderTable(reply.table), '');
  if (reply.chart) out.push(`[${l.chart}] ${cleanText(reply.chart.alt)}`, '');
  if (reply.sources.length) {
    out.push(`${l.sources}:`);
    reply.sources.forEach((s, i) => {
      out.push(`  [${i + 1}] ${cleanText(s.label)}${s.url ? ` — ${cleanText(s.url)}` : ''}`);
    });
    out.push('');
  }
  if (reply.suggestions?.length) out.push(`${l.try}: ${reply.suggestions.map((s) => cleanText(s)).join('   ')}`, '');
  if (reply.footer) out.push(cleanText(reply.footer));
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
