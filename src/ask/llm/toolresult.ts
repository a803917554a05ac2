// A command's Reply as the model sees it: compact plain text (title, paragraphs, fields, table,
// source ids). The same text is the evidence the answer is checked against, so the
// model is held to exactly what it was shown.
import type { Reply } from '../../reply/model.js';

const MAX_ROWS = 25;
const MAX_CHARS = 1400;

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** `annotate` marks the figures (refs.ts) before the text is cut to size, so the cut sees the final text. */
export function serialiseReply(reply: Reply, annotate: (text: string) => string = (t) => t): string {
  const lines: string[] = [];
  if (reply.kind === 'error') lines.push('NOT FOUND OR INVALID:');
  if (reply.title) lines.push(oneLine(reply.title));
  for (const b of reply.blocks) lines.push(oneLine(b));
  for (const f of reply.fields ?? []) lines.push(`${oneLine(f.label)}: ${oneLine(f.value)}`);
  if (reply.table) {
    lines.push(reply.table.columns.map(oneLine).join(' | '));
    for (const row of reply.table.rows.slice(0, MAX_ROWS)) lines.push(row.map(oneLine).join(' | '));
    const more = reply.table.rows.length - MAX_ROWS;
    if (more > 0) lines.push(`(+${more} rows)`);
  }
  // Suggestions are left out: they are commands for people, and cost the model tokens.
  const tail: string[] = [];
  // Source ids only: the reply cites the full sources itself, in code.
  if (reply.sources.length) tail.push(`Sources: ${reply.sources.map((s) => s.id).join(', ')}`);
  // The footer (dataset version and date) is left out: the reply shows it, and the model needs none of it.
  lines.splice(0, lines.length, ...annotate(lines.join('\n')).split('\n'));
  // Cut whole lines, never inside a figure, and keep the sources whatever happens.
  const size = (): number => [...lines, ...tail].reduce((n, l) => n + l.length + 1, 0);
  let cut = false;
  while (size() > MAX_CHARS && lines.length > 1) {
    lines.pop();
    cut = true;
  }
  if (cut) lines.push('(shortened)');
  return [...lines, ...tail].join('\n');
}
