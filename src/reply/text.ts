// Plain-text renderer for the console (and for logs/tests): title, paragraphs, fields, an aligned
// table, the chart's text alternative, numbered sources with URLs, suggestions and the footer.
// Terminal control characters are removed so no text (user or dataset) can drive the terminal.
import { styleText } from 'node:util';
import type { Reply } from './model.js';
import { safeText } from './safe-text.js';

export interface TextOptions {
  /** Wrap to this many columns (a terminal's width); tables too wide for it become lists. */
  width?: number;
  /** ANSI styles (bold title and headings, dim footer); the console sets it only on a colour terminal. */
  color?: boolean;
}

type Style = 'title' | 'heading' | 'dim';
const STYLES: Record<Style, Parameters<typeof styleText>[0]> = { title: 'bold', heading: 'bold', dim: 'dim' };

/** Characters as a terminal counts them (code points; the dataset has no wide characters). */
const columns = (s: string): number => [...s].length;

/**
 * Greedy word wrap to `width`, continuation lines indented by `indent`. A word longer than the line
 * (a URL) keeps its own line whole, so it stays clickable.
 */
export function wrapLine(line: string, width: number, indent = ''): string[] {
  if (columns(line) <= width) return [line];
  const lead = /^\s*/.exec(line)![0];
  const out: string[] = [];
  let cur = lead;
  let curLen = columns(lead);
  for (const word of line.slice(lead.length).split(/ +/).filter(Boolean)) {
    const w = columns(word);
    if (curLen > columns(out.length ? indent : lead) && curLen + 1 + w > width) {
      out.push(cur);
      cur = indent + word;
      curLen = columns(indent) + w;
    } else {
      const sep = curLen > columns(out.length ? indent : lead) ? ' ' : '';
      cur += sep + word;
      curLen += sep.length + w;
    }
  }
  out.push(cur);
  return out;
}

const LABELS = {
  en: { sources: 'Sources', try: 'Try', chart: 'Chart' },
  de: { sources: 'Quellen', try: 'Versuche', chart: 'Diagramm' },
} as const;

/** Removes terminal and bidi control characters (safe-text.ts); newlines stay only where `keepNewlines`. */
export function cleanText(s: string, keepNewlines = false): string {
  const t = safeText(s).replace(/\t/g, ' ');
  return keepNewlines ? t : t.replace(/\n+/g, ' ');
}

function renderTable(table: NonNullable<Reply['table']>, width = Infinity): string[] {
  const cols = table.columns.map((c) => cleanText(c));
  const rows = table.rows.map((r) => cols.map((_, i) => cleanText(r[i] ?? '')));
  const widths = cols.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i]!.length)));
  // Too wide for the terminal: one entry per row instead, its first cells as the heading line and
  // the others as "Column: value" lines, each wrapped.
  if (widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1) > width) {
    return rows.flatMap((r) => [
      ...wrapLine(r.slice(0, 2).filter(Boolean).join(' — '), width, '  '),
      ...r.slice(2).flatMap((cell, k) => (cell ? wrapLine(`  ${cols[k + 2]}: ${cell}`, width, '    ') : [])),
    ]);
  }
  const pad = (cells: string[]): string =>
    cells
      .map((cell, i) => (table.align?.[i] === 'right' ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [pad(cols), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(pad)];
}

export function renderText(reply: Reply, opts: TextOptions = {}): string {
  const l = LABELS[reply.locale] ?? LABELS.en;
  const width = opts.width !== undefined && opts.width >= 20 ? opts.width : Infinity;
  const style = (kind: Style, s: string): string => (opts.color && s ? styleText(STYLES[kind], s, { validateStream: false } as never) : s);
  const wrap = (line: string, indent = ''): string[] => (width === Infinity ? [line] : wrapLine(line, width, indent));
  const out: string[] = [];
  if (reply.title) {
    const title = cleanText(reply.title);
    const lines = wrap(title);
    out.push(...lines.map((t) => style('title', t)), '='.repeat(Math.min(Math.max(...lines.map(columns)), 72, width)));
  }
  for (const b of reply.blocks) out.push(...cleanText(b, true).split('\n').flatMap((line) => wrap(line, /^\s*[•-] /.test(line) ? '  ' : '')), '');
  if (reply.fields?.length) {
    const w = Math.max(...reply.fields.map((f) => cleanText(f.label).length));
    // Narrow terminals put the value under its label rather than beside a wide label column.
    const stacked = width !== Infinity && w + 3 + 20 > width;
    for (const f of reply.fields) {
      const value = cleanText(f.value, true).split('\n');
      if (stacked) {
        out.push(style('heading', cleanText(f.label)), ...value.flatMap((v) => wrap(`  ${v}`, '  ')));
        continue;
      }
      const pad = ' '.repeat(w + 3);
      out.push(...wrap(`${cleanText(f.label).padEnd(w)} : ${value[0] ?? ''}`, pad));
      for (const more of value.slice(1)) out.push(...wrap(`${pad}${more}`, pad));
    }
    out.push('');
  }
  if (reply.table && reply.table.columns.length) {
    const lines = renderTable(reply.table, width);
    const asTable = lines[1] !== undefined && /^[- ]+$/.test(lines[1]);
    out.push(...lines.map((line, i) => (asTable && i === 0 ? style('heading', line) : line)), '');
  }
  if (reply.chart) out.push(...wrap(`[${l.chart}] ${cleanText(reply.chart.alt)}`, '  '), '');
  if (reply.sources.length) {
    out.push(style('heading', `${l.sources}:`));
    reply.sources.forEach((s, i) => {
      out.push(...wrap(`  [${i + 1}] ${cleanText(s.label)}${s.url ? ` — ${cleanText(s.url)}` : ''}`, '      '));
    });
    out.push('');
  }
  if (reply.suggestions?.length) out.push(...wrap(`${style('heading', `${l.try}:`)} ${reply.suggestions.map((s) => cleanText(s)).join('   ')}`, '  '), '');
  if (reply.footer) out.push(...wrap(cleanText(reply.footer)).map((f) => style('dim', f)));
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
