// How Lodestone's commands appear in a Slack workspace. By default as ONE namespaced slash command,
// `/lodestone reserves china`, as established Slack apps do (`/jira …`, `/gitlab …`): eleven
// top-level commands would collide with other apps. The per-command set (`/reserves china`) stays
// available as an option. Both forms are always understood; the style decides what the manifest
// declares and how replies spell commands ("Try: /lodestone reserves china").
import type { Registry } from '../../commands/registry.js';
import type { CommandDefinition } from '../../commands/types.js';
import type { Reply } from '../../reply/model.js';
import { deepFreeze } from '../../commands/reply-cache.js';

export type SlackCommandMode = 'single' | 'each';

export interface SlackCommandStyle {
  readonly mode: SlackCommandMode;
  /** The namespace command's name without the slash, e.g. "lodestone". */
  readonly command: string;
  /** Whether `/name` is the namespace command. */
  isNamespace(name: string): boolean;
  /** A reply whose command spellings follow the style (identity in per-command mode). */
  present(reply: Reply): Reply;
  /** One line of text with command spellings rewritten. */
  rewrite(text: string): string;
}

/** Slack command names: lower case, at most 32 characters including the slash, no spaces. */
export const slackCommandName = (name: string): string => `/${name.toLowerCase().replace(/[^a-z0-9_-]/g, '').slice(0, 31)}`;

/** `xs.map(f)`, or `xs` itself when `f` changed nothing. */
function same<T>(xs: readonly T[], f: (x: T) => T): T[] {
  let out: T[] | undefined;
  for (let i = 0; i < xs.length; i++) {
    const y = f(xs[i]!);
    if (out) out.push(y);
    else if (y !== xs[i]) out = [...xs.slice(0, i), y];
  }
  return out ?? (xs as T[]);
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `f(part)` once per frozen part: the core shares frozen tables and field lists per dataset version
 * and entity (src/commands/renderings.ts), so every answer that carries one would otherwise scan
 * every cell for command spellings again. The result is frozen too, so the renderer's own memo by
 * identity (render.ts) recognises it; unfrozen parts (built for one answer) are presented as they come.
 */
function frozenOnce<T extends object>(memo: WeakMap<object, unknown>, part: T, f: (p: T) => T): T {
  if (!Object.isFrozen(part)) return f(part);
  let v = memo.get(part) as T | undefined;
  if (v === undefined) memo.set(part, (v = deepFreeze(f(part))));
  return v;
}

export function commandStyle(registry: Registry, mode: SlackCommandMode = 'single', command = 'lodestone'): SlackCommandStyle {
  const ns = slackCommandName(command).slice(1);
  if (mode === 'each') {
    return { mode, command: ns, isNamespace: (n) => n.toLowerCase() === ns, present: (r) => r, rewrite: (s) => s };
  }
  const names = registry.all()
    .flatMap((d: CommandDefinition) => [d.name, ...(d.aliases ?? [])])
    .filter((n) => /^[\p{L}\p{N}_-]+$/u.test(n))
    .sort((a, b) => b.length - a.length)
    .map(escapeRe);
  // "/reserves" at the start of a text or after whitespace, a bracket or a quote — never inside a
  // URL or a path ("usgs.gov/reserves") — and not already namespaced.
  const re = new RegExp(`(^|[\\s(\\[„“"'‚‘«‹\`])/(${names.join('|')})(?![\\p{L}\\p{N}_-])`, 'giu');
  const rewrite = (s: string): string => (s.includes('/') ? s.replace(re, `$1/${ns} $2`) : s);
  const presented = new WeakMap<object, unknown>();
  // Parts with nothing to rewrite keep their identity, so the renderer's memos of shared (frozen)
  // tables and fields still recognise them (render.ts).
  const presentFields = (fs: NonNullable<Reply['fields']>): NonNullable<Reply['fields']> => same(fs, (f) => {
    const label = rewrite(f.label);
    const value = rewrite(f.value);
    return label === f.label && value === f.value ? f : { ...f, label, value };
  });
  const presentTable = (t: NonNullable<Reply['table']>): NonNullable<Reply['table']> => {
    const rows = same(t.rows, (row) => same(row, rewrite));
    return rows === t.rows ? t : { ...t, rows };
  };
  const presentTexts = (xs: string[]): string[] => same(xs, rewrite);
  const present = (r: Reply): Reply => {
    const fields = r.fields && frozenOnce(presented, r.fields, presentFields);
    const table = r.table && frozenOnce(presented, r.table, presentTable);
    return {
      ...r,
      ...(r.title !== undefined ? { title: rewrite(r.title) } : {}),
      blocks: frozenOnce(presented, r.blocks, presentTexts),
      ...(fields ? { fields } : {}),
      ...(table ? { table } : {}),
      ...(r.suggestions ? { suggestions: frozenOnce(presented, r.suggestions, presentTexts) } : {}),
    };
  };
  return { mode, command: ns, isNamespace: (n) => n.toLowerCase() === ns, present, rewrite };
}

/**
 * The command and argument text a slash command stands for: `/lodestone reserves china` →
 * reserves + "china"; `/lodestone` alone → help; `/lodestone how large…` (no command word) → a
 * question; `/reserves china` → reserves + "china".
 */
export function invocation(
  registry: Registry, style: SlackCommandStyle, command: string, text: string,
): { def: CommandDefinition | undefined; name: string; text: string; question: boolean } {
  const name = command.replace(/^\//, '');
  if (!style.isNamespace(name)) return { def: registry.get(name), name, text, question: false };
  const m = /^\/?(\S+)\s*([\s\S]*)$/.exec(text);
  if (!m) return { def: registry.get('help'), name: 'help', text: '', question: false };
  const def = registry.get(m[1]!);
  return def ? { def, name: def.name, text: m[2]!.trim(), question: false } : { def: undefined, name: 'ask', text, question: true };
}
