// Command registration: the JSON derived from the registry respects Discord's rules, and the sync
// writes only what differs from what Discord already has.
import { Command } from 'commander';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerDiscord } from '../../src/cli/discord.js';
import { createRegistry } from '../../src/commands/index.js';
import { buildCommandSet, text100, type CommandJSON, type OptionJSON } from '../../src/adapters/discord/commands.js';
import { parseConfig } from '../../src/config.js';
import { INVITE_PERMISSION_BITS, inviteUrl } from '../../src/adapters/discord/permissions.js';
import { createRest } from '../../src/adapters/discord/rest.js';
import { syncCommands } from '../../src/adapters/discord/sync.js';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord/index.js';
import { testRegistry } from './fixtures.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake?.close();
});
beforeEach(() => {
  fake.state.commands.clear();
  fake.rest.requests.length = 0;
});

const writes = () => fake.rest.requests.filter((r) => r.method !== 'GET');
const NAME = /^[-_\p{Ll}\p{Lm}\p{Lo}\p{N}]{1,32}$/u;

function checkOptions(options: OptionJSON[] | undefined): void {
  const list = options ?? [];
  expect(list.length).toBeLessThanOrEqual(25);
  let seenOptional = false;
  for (const o of list) {
    expect(o.name).toMatch(NAME);
    expect(o.description.length).toBeGreaterThan(0);
    expect(o.description.length).toBeLessThanOrEqual(100);
    expect(o.description_localizations?.de?.length ?? 0).toBeLessThanOrEqual(100);
    if (o.type !== 1) {
      if (!o.required) seenOptional = true;
      else expect(seenOptional).toBe(false);
    }
    expect(o.choices?.length ?? 0).toBeLessThanOrEqual(25);
    expect(Boolean(o.choices?.length && o.autocomplete)).toBe(false);
    checkOptions(o.options);
  }
}

describe('discord command JSON from the real registry', () => {
  const set = buildCommandSet(createRegistry());

  it('has every command, valid names and descriptions, German localizations, no problems', () => {
    expect(set.problems).toEqual([]);
    expect(set.json.map((c) => c.name)).toEqual(expect.arrayContaining(['reserves', 'production', 'element', 'summit', 'events', 'brief', 'digest', 'sources', 'ask', 'help']));
    for (const c of set.json) {
      expect(c.name).toMatch(NAME);
      expect(c.description.length).toBeLessThanOrEqual(100);
      expect(c.description_localizations?.de).toBeTruthy();
      checkOptions(c.options);
    }
  });

  it('every description, English and German, is written to fit: none is cut', () => {
    const all = (opts: OptionJSON[] | undefined): string[] => (opts ?? []).flatMap((o) => [o.description, o.description_localizations?.de ?? '', ...all(o.options)]);
    const texts = set.json.flatMap((c: CommandJSON) => [c.description, c.description_localizations?.de ?? '', ...all(c.options)]);
    for (const t of texts) {
      expect(t.length).toBeLessThanOrEqual(100);
      expect(t).not.toMatch(/…$/);
    }
  });

  it('a description too long for Discord is cut after a whole word', () => {
    const long = 'A summit or event card: date, place, participants, what was agreed, outcome, sources. Default: Trump–Xi in Busan.';
    const cut = text100(long);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut).toBe('A summit or event card: date, place, participants, what was agreed, outcome, sources. Default…');
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(text100('x'.repeat(150))).toHaveLength(100);
  });

  it('/digest is shown only to members with Manage Channels; read-only commands to everyone', () => {
    const byName = new Map(set.json.map((c) => [c.name, c]));
    expect(byName.get('digest')!.default_member_permissions).toBe('16');
    for (const name of ['reserves', 'element', 'ask', 'help', 'brief']) expect(byName.get(name)!.default_member_permissions).toBeUndefined();
  });

  it('the Message Content intent is off unless asked for, as docs/discord.md says', () => {
    expect(parseConfig({}).DISCORD_MESSAGE_CONTENT).toBe(false);
  });

  it('autocompletes dataset arguments, offers choices for the language, and has /digest subcommands', () => {
    const opt = (cmd: string, name: string, subName?: string): OptionJSON | undefined => {
      const c = set.json.find((x) => x.name === cmd)!;
      const opts = subName ? c.options!.find((o) => o.name === subName)!.options : c.options;
      return opts?.find((o) => o.name === name);
    };
    expect(opt('reserves', 'country')?.autocomplete).toBe(true);
    expect(opt('reserves', 'mineral')?.autocomplete).toBe(true);
    expect(opt('element', 'element')).toMatchObject({ autocomplete: true, required: true });
    const digest = set.json.find((c) => c.name === 'digest')!;
    expect(digest.options!.map((o) => [o.name, o.type])).toEqual(expect.arrayContaining([['subscribe', 1], ['unsubscribe', 1], ['list', 1], ['preview', 1], ['status', 1]]));
    expect(opt('digest', 'timezone', 'subscribe')?.autocomplete).toBe(true);
    expect(opt('digest', 'language', 'subscribe')?.choices?.map((c) => c.value)).toEqual(['en', 'de']);
  });
});

describe('lodestone discord register (sync)', () => {
  const desired = buildCommandSet(testRegistry()).json;
  const rest = () => createRest(fake.token, fake.apiBase);

  it('creates every command when Discord has none, and asks for localizations when reading', async () => {
    const s = await syncCommands(rest(), fake.applicationId, desired);
    expect(s.created).toHaveLength(desired.length);
    expect(writes().every((r) => r.method === 'POST')).toBe(true);
    expect(fake.rest.find('GET', /\/commands$/)[0]!.query.get('with_localizations')).toBe('true');
  });

  it('writes nothing when Discord already has the same commands (with its defaults filled in)', async () => {
    await syncCommands(rest(), fake.applicationId, desired);
    fake.rest.requests.length = 0;
    const s = await syncCommands(rest(), fake.applicationId, desired);
    expect(s.unchanged).toHaveLength(desired.length);
    expect(writes()).toEqual([]);
  });

  it('patches only the one command that differs, and deletes one that is no longer in the registry', async () => {
    await syncCommands(rest(), fake.applicationId, desired);
    const stored = fake.state.commands.get('global')!;
    const element = stored.find((c) => c.name === 'element')!;
    element.description_localizations = { de: 'veraltet' };
    stored.push({ id: '111111111111111111', name: 'oldcmd', description: 'gone', type: 1 });
    fake.rest.requests.length = 0;
    const s = await syncCommands(rest(), fake.applicationId, desired);
    expect(s.updated).toEqual(['element']);
    expect(s.deleted).toEqual(['oldcmd']);
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH /applications/${fake.applicationId}/commands/${String(element.id)}`,
      `DELETE /applications/${fake.applicationId}/commands/111111111111111111`,
    ]);
  });

  it('registers in one server without installation contexts, and a dry run writes nothing', async () => {
    const guild = fake.guild.id;
    const dry = await syncCommands(rest(), fake.applicationId, desired, { guildId: guild, dryRun: true });
    expect(dry.created).toHaveLength(desired.length);
    expect(writes()).toEqual([]);
    await syncCommands(rest(), fake.applicationId, desired, { guildId: guild });
    const posts = fake.rest.find('POST', new RegExp(`/guilds/${guild}/commands$`));
    expect(posts).toHaveLength(desired.length);
    expect(posts[0]!.body.contexts).toBeUndefined();
    fake.rest.requests.length = 0;
    const again = await syncCommands(rest(), fake.applicationId, desired, { guildId: guild });
    expect(again.unchanged).toHaveLength(desired.length);
    expect(writes()).toEqual([]);
  });

  it('the CLI (lodestone discord register) prints the summary and touches only what differs', async () => {
    const env = { DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiBase };
    const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    Object.assign(process.env, env);
    const out: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      return true;
    });
    const run = async (...extra: string[]): Promise<string> => {
      out.length = 0;
      const program = new Command().exitOverride();
      registerDiscord(program);
      await program.parseAsync(['node', 'lodestone', 'discord', 'register', '--guild', fake.guild.id, '--dotenv', '/nonexistent/.env', ...extra]);
      return out.join('');
    };
    try {
      expect(await run()).toMatch(/created\s+\d+\s+\/reserves/);
      fake.rest.requests.length = 0;
      const second = await run();
      expect(second).toMatch(/created\s+0\b/);
      expect(second).toMatch(/updated\s+0\b/);
      expect(second).toMatch(/deleted\s+0\b/);
      expect(writes()).toEqual([]);
      // --clear removes this server's copies (after moving to global registration).
      const n = fake.state.commands.get(fake.guild.id)!.length;
      expect(await run('--clear')).toMatch(new RegExp(`deleted\\s+${n}\\b`));
      expect(fake.state.commands.get(fake.guild.id)).toEqual([]);
    } finally {
      spy.mockRestore();
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
});

describe('invite', () => {
  it('asks for exactly View Channels, Send Messages (and in Threads), Embed Links, Attach Files, Read Message History, Use Application Commands', () => {
    expect(INVITE_PERMISSION_BITS).toBe(277025508352n);
    const url = new URL(inviteUrl('123456789012345678'));
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    expect(url.searchParams.get('permissions')).toBe('277025508352');
    expect(url.searchParams.get('client_id')).toBe('123456789012345678');
  });
});
