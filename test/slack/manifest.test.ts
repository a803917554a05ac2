// `lodestone slack manifest`: derived from the registry, within Slack's manifest limits.
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { createRegistry } from '../../src/commands/index.js';
import { BOT_SCOPES, buildManifest, requestUrl, usageHint } from '../../src/adapters/slack/manifest.js';
import { registerSlack } from '../../src/cli/slack.js';

interface Manifest {
  display_information: { name: string; description: string };
  features: { bot_user: { display_name: string }; slash_commands: { command: string; url?: string; description: string; usage_hint?: string; should_escape: boolean }[] };
  oauth_config: { redirect_urls?: string[]; scopes: { bot: string[] } };
  settings: { event_subscriptions: { request_url?: string; bot_events: string[] }; socket_mode_enabled: boolean; interactivity: { is_enabled: boolean } };
}

async function cli(args: string[]): Promise<{ out: string; err: string; code: number | undefined }> {
  const out: string[] = [];
  const err: string[] = [];
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  process.exitCode = undefined;
  try {
    const program = new Command().exitOverride();
    registerSlack(program);
    await program.parseAsync(['node', 'lodestone', 'slack', 'manifest', ...args]);
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
  const code = process.exitCode as number | undefined;
  process.exitCode = undefined;
  return { out: out.join(''), err: err.join(''), code };
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('buildManifest', () => {
  const registry = createRegistry();

  it('by default declares one namespaced command, /lodestone, naming every subcommand', () => {
    const m = buildManifest(registry, { socket: false, url: 'https://bot.example.com' }) as unknown as Manifest;
    expect(m.features.slash_commands.map((c) => c.command)).toEqual(['/lodestone']);
    const [c] = m.features.slash_commands;
    for (const d of registry.all()) expect(c!.description).toContain(d.name);
    expect(c!.usage_hint).toMatch(/^reserves china/);
    expect(c!.url).toBe('https://bot.example.com/slack/events');
    expect((buildManifest(registry, { socket: true, command: 'news' }) as unknown as Manifest).features.slash_commands.map((x) => x.command)).toEqual(['/news']);
  });

  it('per-command mode has one slash command per registry command, within Slack limits', () => {
    const m = buildManifest(registry, { socket: false, url: 'https://bot.example.com', mode: 'each' }) as unknown as Manifest;
    const commands = m.features.slash_commands;
    expect(commands.map((c) => c.command)).toEqual(registry.all().map((d) => `/${d.name}`));
    for (const c of commands) {
      expect(c.command).toMatch(/^\/[a-z0-9_-]{1,31}$/); // 2–32 characters with the slash
      expect(c.description.length).toBeGreaterThan(0);
      expect(c.description.length).toBeLessThanOrEqual(2000);
      expect(c.description).toBe(registry.get(c.command.slice(1))!.description.en);
      expect((c.usage_hint ?? '').length).toBeLessThanOrEqual(1000);
      expect(c.url).toBe('https://bot.example.com/slack/events');
      expect(c.should_escape).toBe(false);
    }
    expect(m.display_information.description.length).toBeLessThanOrEqual(140);
    expect(m.settings.event_subscriptions).toEqual({ request_url: 'https://bot.example.com/slack/events', bot_events: ['app_mention', 'message.im', 'app_home_opened', 'app_uninstalled', 'tokens_revoked'] });
    // OAuth installs to other workspaces come back to the same host.
    expect(m.oauth_config.redirect_urls).toEqual(['https://bot.example.com/slack/oauth_redirect']);
    expect(m.settings.socket_mode_enabled).toBe(false);
    expect(m.settings.interactivity).toEqual({ is_enabled: true, request_url: 'https://bot.example.com/slack/events' });
  });

  it('derives usage hints from arguments and subcommands', () => {
    expect(usageHint(registry.get('reserves')!)).toBe('[country] [mineral]');
    expect(usageHint(registry.get('ask')!)).toBe('<question>');
    expect(usageHint(registry.get('digest')!)).toMatch(/^subscribe .*\[updates\].* · unsubscribe \[updates\] · list · preview/);
  });

  it('requests exactly the scopes the adapter uses, and no public-channel write', () => {
    const m = buildManifest(registry, { socket: true }) as unknown as Manifest;
    expect(m.oauth_config.scopes.bot).toEqual(BOT_SCOPES.map((s) => s.scope));
    expect(m.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['commands', 'app_mentions:read', 'chat:write', 'users:read', 'files:write', 'channels:history']));
    expect(m.oauth_config.scopes.bot).not.toContain('chat:write.public');
    expect(m.oauth_config.scopes.bot).not.toContain('channels:manage');
  });

  it('in Socket Mode carries no request URLs', () => {
    const m = buildManifest(registry, { socket: true }) as unknown as Manifest;
    expect(m.settings.socket_mode_enabled).toBe(true);
    expect(m.settings.event_subscriptions).toEqual({ bot_events: ['app_mention', 'message.im', 'app_home_opened', 'app_uninstalled', 'tokens_revoked'] });
    expect(m.oauth_config.redirect_urls).toBeUndefined();
    expect(m.settings.interactivity).toEqual({ is_enabled: true });
    for (const c of m.features.slash_commands) expect(c.url).toBeUndefined();
  });

  it('normalises the request URL and refuses plain http', () => {
    expect(requestUrl('https://bot.example.com/')).toBe('https://bot.example.com/slack/events');
    expect(requestUrl('https://bot.example.com/x/slack/events', '/slack/oauth_redirect')).toBe('https://bot.example.com/x/slack/oauth_redirect');
    expect(requestUrl('https://bot.example.com/lodestone')).toBe('https://bot.example.com/lodestone/slack/events');
    expect(requestUrl('https://bot.example.com/slack/events')).toBe('https://bot.example.com/slack/events');
    expect(() => requestUrl('http://bot.example.com')).toThrow(/https/);
  });
});

describe('lodestone slack manifest', () => {
  it('prints YAML for HTTP mode with the given URL', async () => {
    const { out, code } = await cli(['--url', 'https://bot.example.com']);
    expect(code ?? 0).toBe(0);
    const m = parse(out) as Manifest;
    expect(m.settings.event_subscriptions.request_url).toBe('https://bot.example.com/slack/events');
    expect(m.features.slash_commands.map((c) => c.command)).toEqual(['/lodestone']);
    const each = parse((await cli(['--url', 'https://bot.example.com', '--per-command', '--command', 'x'])).out) as Manifest;
    expect(each.features.slash_commands.some((c) => c.command === '/reserves')).toBe(true);
    const named = parse((await cli(['--socket', '--command', 'news'])).out) as Manifest;
    expect(named.features.slash_commands.map((c) => c.command)).toEqual(['/news']);
  });

  it('prints JSON for Socket Mode', async () => {
    const { out } = await cli(['--socket', '--json']);
    const m = JSON.parse(out) as Manifest;
    expect(m.settings.socket_mode_enabled).toBe(true);
  });

  it('warns about the placeholder URL when neither --url nor --socket is given', async () => {
    const { out, err } = await cli([]);
    expect(err).toMatch(/--url/);
    expect(out).toContain('https://YOUR-PUBLIC-HOST/slack/events');
  });

  it('exits 2 with a message on a plain-http URL or on --socket with --url', async () => {
    const a = await cli(['--url', 'http://bot.example.com']);
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/https/);
    expect(a.out).toBe('');
    const b = await cli(['--socket', '--url', 'https://bot.example.com']);
    expect(b.code).toBe(2);
  });

  it('lists the scopes with their reasons', async () => {
    const { out } = await cli(['--scopes']);
    for (const s of BOT_SCOPES) expect(out).toContain(s.scope);
    expect(out).toMatch(/channels:history\s+exactly-once digests/);
  });
});
