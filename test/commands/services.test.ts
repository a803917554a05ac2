// /help, /ask, /brief and /digest: derived help, and delegation to the configured services.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext, DigestService } from '../../src/commands/types.js';
import type { Reply } from '../../src/reply/model.js';
import { call, makeCore, text } from './helpers.js';
import type { CommandCore } from '../../src/commands/core.js';

const ok = (ctx: CommandContext, what: string): Reply => ({ kind: 'answer', locale: ctx.locale, blocks: [what], sources: [] });

function fakeDigests() {
  const calls: { op: string; opts?: unknown; channel?: string }[] = [];
  const service: DigestService = {
    subscribe: async (ctx, opts) => { calls.push({ op: 'subscribe', opts, channel: ctx.channel?.channelId }); return ok(ctx, 'subscribed'); },
    unsubscribe: async (ctx) => { calls.push({ op: 'unsubscribe' }); return ok(ctx, 'unsubscribed'); },
    list: async (ctx) => { calls.push({ op: 'list' }); return ok(ctx, 'list'); },
    preview: async (ctx) => { calls.push({ op: 'preview' }); return ok(ctx, 'preview'); },
    status: async (ctx) => { calls.push({ op: 'status' }); return ok(ctx, 'status'); },
    brief: async (ctx) => { calls.push({ op: 'brief' }); return ok(ctx, 'brief'); },
  };
  return { service, calls };
}

describe('/help', () => {
  let core: CommandCore;
  beforeAll(async () => {
    core = await makeCore();
  });

  it('lists every registered command from the registry, in the caller\'s language', async () => {
    const r = await core.handleText('/help', call());
    expect(r.table?.rows.map((row) => row[0]?.split(' ')[0])).toEqual(core.registry.all().map((d) => `/${d.name}`));
    const de = await core.handleText('/hilfe', call('de'));
    expect(de.title).toBe('Lodestone — Befehle');
    expect(de.table?.rows[0]?.[1]).toBe(core.registry.get('reserves')!.description.de);
  });

  it('/help <command> shows arguments and examples; an unknown one gets suggestions', async () => {
    const r = await core.handleText('/help reserves', call());
    expect(r.fields?.[0]?.value).toBe('/reserves [country] [mineral]');
    expect(text(r)).toContain('/reserves united states lithium');
    const digest = await core.handleText('/help digest', call());
    expect(digest.fields?.[0]?.value).toBe('/digest subscribe|unsubscribe|list|preview|status');
    const unknown = await core.handleText('/help reservs', call());
    expect(unknown.kind).toBe('error');
    expect(unknown.suggestions).toContain('/help reserves');
  });

  it('every definition has EN+DE descriptions, described arguments and examples; read-only ones are tools', () => {
    for (const def of core.registry.all()) {
      expect(def.description.en.length).toBeGreaterThan(10);
      expect(def.description.de.length).toBeGreaterThan(10);
      expect(def.examples.length).toBeGreaterThan(0);
      for (const a of [...def.args, ...(def.subcommands ?? []).flatMap((s) => s.args)]) {
        expect(a.description.en && a.description.de).toBeTruthy();
      }
    }
    const tools = core.registry.all().filter((d) => d.tool).map((d) => d.name).sort();
    expect(tools).toEqual(['element', 'elements', 'events', 'production', 'reserves', 'sources', 'summit']);
  });
});

describe('/ask, /brief and /digest', () => {
  it('/ask uses services.ask when configured, else the offline router', async () => {
    const asked: string[] = [];
    const withLlm = await makeCore({ ask: async (q, ctx) => { asked.push(q); return ok(ctx, 'llm'); } });
    expect((await withLlm.handleText('/ask How large are Brazil\'s reserves?', call())).blocks).toEqual(['llm']);
    expect((await withLlm.handleText('How large are Brazil\'s reserves?', call())).blocks).toEqual(['llm']);
    expect(asked).toEqual(["How large are Brazil's reserves?", "How large are Brazil's reserves?"]);
    const offline = await makeCore();
    const r = await offline.handleText('/ask How large are Brazil\'s reserves?', call());
    expect(r.blocks[0]).toMatch(/^Brazil — reserves of rare earths: /);
    const empty = await offline.handleText('/ask', call());
    expect(empty.kind).toBe('error');
  });

  it('without a digest service, /brief and /digest say briefings are not configured', async () => {
    const core = await makeCore();
    const brief = await core.handleText('/brief', call());
    expect(brief.kind).toBe('error');
    expect(brief.blocks[0]).toMatch(/not configured/);
    const digest = await core.handleText('/digest subscribe', call());
    expect(digest.blocks[0]).toMatch(/not configured/);
  });

  it('/digest validates time, time zone and language, in any order, and delegates', async () => {
    const { service, calls } = fakeDigests();
    const core = await makeCore({ digests: service });
    const channel = { platform: 'console' as const, channelId: 'C1' };
    expect((await core.handleText('/digest subscribe 08:00 Europe/Berlin de', call('en', { channel }))).blocks).toEqual(['subscribed']);
    await core.handleText('/digest abonnieren de europe/berlin 7:30', call('de', { channel }));
    await core.handleText('/digest subscribe', call('en', { channel }));
    // City names, one or several words, resolve to their IANA zone, as DIGEST_DEFAULT_TZ does.
    await core.handleText('/digest subscribe 8am new york en', call('en', { channel }));
    await core.handleText('/digest subscribe berlin', call('en', { channel }));
    expect(calls.filter((c) => c.op === 'subscribe').map((c) => c.opts)).toEqual([
      { time: '08:00', timezone: 'Europe/Berlin', locale: 'de' },
      { time: '07:30', timezone: 'Europe/Berlin', locale: 'de' },
      {},
      { time: '08:00', timezone: 'America/New_York', locale: 'en' },
      { timezone: 'Europe/Berlin' },
    ]);
    const badTz = await core.handleText('/digest subscribe 08:00 Mars/Olympus', call());
    expect(badTz.kind).toBe('error');
    expect(badTz.blocks[0]).toContain('time zone');
    const badTime = await core.handleText('/digest subscribe 25:00', call());
    expect(badTime.blocks[0]).toContain('not a time of day');
    expect(calls.filter((c) => c.op === 'subscribe')).toHaveLength(5);
    for (const op of ['unsubscribe', 'list', 'preview', 'status']) await core.handleText(`/digest ${op}`, call());
    await core.handleText('/brief', call());
    expect(calls.map((c) => c.op).slice(5)).toEqual(['unsubscribe', 'list', 'preview', 'status', 'brief']);
    const unknown = await core.handleText('/digest dance', call());
    expect(unknown.kind).toBe('error');
    expect(unknown.blocks[0]).toContain('subscribe, unsubscribe, list, preview or status');
  });

  it('only people who may manage the channel change its digest', async () => {
    const { service, calls } = fakeDigests();
    const core = await makeCore({ digests: service });
    const actor = { platform: 'slack' as const, userId: 'U1', canManageChannel: false };
    const r = await core.handleText('/digest subscribe 08:00', call('en', { actor }));
    expect(r.kind).toBe('error');
    await core.handleText('/digest status', call('en', { actor }));
    expect(calls.map((c) => c.op)).toEqual(['status']);
  });
});
