// Tables as monospace code blocks: Block Kit has no table block that works in every client, and a
// fixed-width grid keeps figures aligned. A long table continues in further blocks, header repeated.
import type { ReplyTable } from '../../reply/model.js';
import { escapeCode } from './escape.js';
import { LIMITS } from './limits.js';
import { graphemePrefix, truncateGraphemes } from '../../reply/safe-text.js';

/** Cells wider than this are clipped so a row stays readable on a laptop-width message. */
const MAX_CELL = 40;
const FENCE = '```';

/**
 * Between two UTF-16 units below U+0300 (Latin, no combining marks, no surrogates) there is always
 * a grapheme boundary except inside CR LF (UAX #29), so such a cut needs no segmenter: the same
 * answer as truncateGraphemes, without its Intl.Segmenter pass per long cell.
 */
const plainAt = (s: string, i: number): boolean => {
  const a = s.charCodeAt(i - 1);
  const b = s.charCodeAt(i);
  return a < 0x300 && b < 0x300 && a !== 0x0d;
};

const clip = (s: string): string => {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_CELL) return flat;
  return plainAt(flat, MAX_CELL - 1) ? `${flat.slice(0, MAX_CELL - 1).trimEnd()}…` : truncateGraphemes(flat, MAX_CELL);
};

/** Code points in `s` (what `[...s].length` counts), without building the array. */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** A row's cells as the grid shows them (clipped) and their widths in code points. */
interface Cells {
  cells: string[];
  widths: number[];
}

/**
 * Cells of frozen rows, by identity. Answers built for one request (an events list, an elements
 * table) still carry rows the core keeps per dataset version and entity, frozen (src/commands/
 * renderings.ts, the events timeline); clipping and measuring their cells was most of an events
 * answer's rendering. A frozen row cannot change under its entry, and the WeakMap lets both go together.
 */
const rowCells = new WeakMap<readonly string[], Cells>();

function cellsOf(row: readonly string[], cols: number): Cells {
  const frozen = Object.isFrozen(row);
  const known = frozen ? rowCells.get(row) : undefined;
  if (known && known.cells.length === cols) return known;
  const cells: string[] = [];
  const widths: number[] = [];
  for (let i = 0; i < cols; i++) {
    const c = clip(row[i] ?? '');
    cells.push(c);
    widths.push(codePoints(c));
  }
  const out = { cells, widths };
  if (frozen) rowCells.set(row, out);
  return out;
}

function lines(table: ReplyTable): { head: string[]; rows: string[] } {
  const cols = table.columns.length;
  const header = cellsOf(table.columns, cols);
  const body = table.rows.map((r) => cellsOf(r, cols));
  const widths = [...header.widths];
  for (const r of body) for (let i = 0; i < cols; i++) widths[i] = Math.max(widths[i]!, r.widths[i]!);
  // The cells padded to their column's width, two spaces apart, without trailing spaces.
  const fmt = (r: Cells): string => {
    let line = '';
    for (let i = 0; i < cols; i++) {
      const pad = ' '.repeat(widths[i]! - r.widths[i]!);
      line += (i > 0 ? '  ' : '') + (table.align?.[i] === 'right' ? pad + r.cells[i]! : r.cells[i]! + pad);
    }
    return line.trimEnd();
  };
  return {
    head: [fmt(header), widths.map((w) => '-'.repeat(w)).join('  ')],
    rows: body.map(fmt),
  };
}

const clipLine = (line: string, max: number): string =>
  line.length <= max ? line : `${graphemePrefix(line, max - 1).replace(/&[a-z]{0,4}$/, '')}…`;

/** Escaped mrkdwn texts, each a complete code block within a section's limit. */
export function renderTable(table: ReplyTable, max: number = LIMITS.sectionText): string[] {
  if (table.columns.length === 0) return [];
  const { head, rows } = lines(table);
  // Fences and newlines take 8 characters; header and a row share what is left.
  const room = max - 8;
  const headText = head.map((l) => clipLine(escapeCode(l), Math.floor(room / 4))).join('\n');
  const rowRoom = room - headText.length - 1;
  const out: string[] = [];
  let current: string[] = [];
  let used = headText.length;
  const flush = (): void => {
    out.push(`${FENCE}\n${[headText, ...current].join('\n')}\n${FENCE}`);
    current = [];
    used = headText.length;
  };
  for (const raw of rows) {
    const row = clipLine(escapeCode(raw), rowRoom);
    if (current.length > 0 && used + 1 + row.length > room) flush();
    current.push(row);
    used += 1 + row.length;
  }
  if (current.length > 0 || rows.length === 0) flush();
  return out;
}
