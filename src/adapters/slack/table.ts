// Tables as monospace code blocks: Block Kit has no table block that works in every client, and a
// fixed-width grid keeps figures aligned. A long table continues in further blocks, header repeated.
import type { ReplyTable } from '../../reply/model.js';
import { escapeCode } from './escape.js';
import { LIMITS } from './limits.js';
import { graphemePrefix, truncateGraphemes } from '../../reply/safe-text.js';

/** Cells wider than this are clipped so a row stays readable on a laptop-width message. */
const MAX_CELL = 40;
const FENCE = '```';

const clip = (s: string): string => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return truncateGraphemes(flat, MAX_CELL);
};

function lines(table: ReplyTable): { head: string[]; rows: string[] } {
  const cols = table.columns.length;
  const cells = [table.columns, ...table.rows].map((r) => Array.from({ length: cols }, (_, i) => clip(r[i] ?? '')));
  const widths = Array.from({ length: cols }, (_, i) => Math.max(...cells.map((r) => [...r[i]!].length)));
  const fmt = (r: string[]): string =>
    r
      .map((c, i) => {
        const pad = ' '.repeat(widths[i]! - [...c].length);
        return table.align?.[i] === 'right' ? pad + c : c + pad;
      })
      .join('  ')
      .trimEnd();
  const [header, ...body] = cells;
  return {
    head: [fmt(header!), widths.map((w) => '-'.repeat(w)).join('  ')],
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
