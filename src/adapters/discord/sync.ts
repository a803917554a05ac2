// `lodestone discord register`: compares the registry's commands with what Discord has (global or
// one server) and changes only what differs — POST for new commands, PATCH for changed ones, DELETE
// for ones no longer in the registry. Discord fills in defaults (nsfw false, required false, null
// localizations …), so both sides are normalised before comparing.
import { Routes, type REST } from 'discord.js';
import type { CommandJSON } from './commands.js';

export interface SyncSummary {
  scope: 'global' | { guild: string };
  created: string[];
  updated: string[];
  deleted: string[];
  unchanged: string[];
  dryRun: boolean;
}

type Json = Record<string, unknown>;

const dict = (v: unknown): Record<string, string> | null => {
  if (!v || typeof v !== 'object') return null;
  const entries = Object.entries(v as Record<string, string>).filter(([, x]) => typeof x === 'string' && x !== '');
  return entries.length ? Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b))) : null;
};

const sortedNumbers = (v: unknown): number[] | null => (Array.isArray(v) ? [...(v as number[])].sort((a, b) => a - b) : null);

function normOption(o: Json): Json {
  const type = Number(o.type);
  const isGroup = type === 1 || type === 2;
  return {
    type,
    name: o.name,
    description: o.description ?? '',
    name_localizations: dict(o.name_localizations),
    description_localizations: dict(o.description_localizations),
    required: isGroup ? false : Boolean(o.required),
    autocomplete: Boolean(o.autocomplete),
    choices: Array.isArray(o.choices)
      ? (o.choices as Json[]).map((c) => ({ name: c.name, value: c.value, name_localizations: dict(c.name_localizations) }))
      : null,
    options: Array.isArray(o.options) && o.options.length ? (o.options as Json[]).map(normOption) : null,
    channel_types: sortedNumbers(o.channel_types),
    min_value: o.min_value ?? null,
    max_value: o.max_value ?? null,
    min_length: o.min_length ?? null,
    max_length: o.max_length ?? null,
  };
}

/** A command as a canonical value: defaults made explicit, absent and empty alike, order kept where it matters. */
export function normaliseCommand(c: Json, guild: boolean): Json {
  return {
    type: Number(c.type ?? 1),
    name: c.name,
    description: c.description ?? '',
    name_localizations: dict(c.name_localizations),
    description_localizations: dict(c.description_localizations),
    default_member_permissions: c.default_member_permissions ?? null,
    nsfw: Boolean(c.nsfw),
    // Server commands have no installation contexts; Discord ignores them there.
    ...(guild ? {} : { contexts: sortedNumbers(c.contexts), integration_types: sortedNumbers(c.integration_types) }),
    options: Array.isArray(c.options) && c.options.length ? (c.options as Json[]).map(normOption) : null,
  };
}

/** Deterministic JSON (sorted keys) for comparing normalised commands. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v as Json).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Json)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}

export function sameCommand(a: Json, b: Json, guild: boolean): boolean {
  return canonical(normaliseCommand(a, guild)) === canonical(normaliseCommand(b, guild));
}

/** The body Discord takes for this scope (server commands carry no contexts). */
function bodyFor(c: CommandJSON, guild: boolean): Json {
  // PATCH keeps fields it is not given: send the empty values too, so a removed option really goes.
  const full = { ...c, options: c.options ?? [], description_localizations: c.description_localizations ?? null };
  if (!guild) return full;
  const { contexts: _c, integration_types: _i, ...rest } = full;
  return rest;
}

export async function syncCommands(
  rest: REST,
  applicationId: string,
  desired: readonly CommandJSON[],
  opts: { guildId?: string; dryRun?: boolean } = {},
): Promise<SyncSummary> {
  const guild = Boolean(opts.guildId);
  const list = opts.guildId ? Routes.applicationGuildCommands(applicationId, opts.guildId) : Routes.applicationCommands(applicationId);
  const one = (id: string): `/${string}` => (opts.guildId ? Routes.applicationGuildCommand(applicationId, opts.guildId, id) : Routes.applicationCommand(applicationId, id));
  // Without with_localizations Discord leaves the German texts out, and every command would look changed.
  const existing = (await rest.get(list, { query: new URLSearchParams({ with_localizations: 'true' }) })) as (Json & { id: string; name: string })[];
  const byName = new Map(existing.map((c) => [c.name, c]));
  const summary: SyncSummary = { scope: opts.guildId ? { guild: opts.guildId } : 'global', created: [], updated: [], deleted: [], unchanged: [], dryRun: Boolean(opts.dryRun) };

  for (const cmd of desired) {
    const body = bodyFor(cmd, guild);
    const have = byName.get(cmd.name);
    byName.delete(cmd.name);
    if (!have) {
      if (!opts.dryRun) await rest.post(list, { body });
      summary.created.push(cmd.name);
    } else if (!sameCommand(have, body, guild)) {
      if (!opts.dryRun) await rest.patch(one(have.id), { body });
      summary.updated.push(cmd.name);
    } else {
      summary.unchanged.push(cmd.name);
    }
  }
  for (const stale of byName.values()) {
    if (!opts.dryRun) await rest.delete(one(stale.id));
    summary.deleted.push(stale.name);
  }
  return summary;
}

export function formatSummary(s: SyncSummary): string {
  const where = s.scope === 'global' ? 'global commands (all servers; Discord may take a few minutes to show changes)' : `commands of server ${s.scope.guild}`;
  const line = (label: string, names: string[]): string => `  ${label.padEnd(10)} ${names.length}${names.length ? `  ${names.map((n) => `/${n}`).join(' ')}` : ''}`;
  return [
    `${s.dryRun ? 'Dry run — nothing changed. Would sync' : 'Synced'} ${where}:`,
    line(s.dryRun ? 'create' : 'created', s.created),
    line(s.dryRun ? 'update' : 'updated', s.updated),
    line(s.dryRun ? 'delete' : 'deleted', s.deleted),
    line('unchanged', s.unchanged),
  ].join('\n');
}
