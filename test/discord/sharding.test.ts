// Sharding: the plan from DISCORD_SHARDS / DISCORD_SHARD_IDS, several shards in one client, a client
// that takes its shard from the ShardingManager's environment, and the real ShardingManager
// spawning shard processes (src/adapters/discord/shard.ts) that answer on the fake gateway.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig, type Config } from '../../src/config.js';
import { CommandCore } from '../../src/commands/core.js';
import { DatasetHolder } from '../../src/dataset/holder.js';
import { createLogger } from '../../src/ops/log.js';
import { Metrics } from '../../src/ops/metrics.js';
import { createDiscordBot, type DiscordBot } from '../../src/adapters/discord/bot.js';
import { planShards, shardIdsFrom, startShardManager } from '../../src/adapters/discord/sharding.js';
import type { PlatformHandle } from '../../src/adapters/platform.js';
import { chatInput, snowflake, startFakeDiscord, type FakeDiscord, type FakeGuild } from '../fakes/discord/index.js';
import { testDataset, testRegistry } from './fixtures.js';
import { str } from './harness.js';

const cfg = (env: Record<string, string>): Config => parseConfig({ DISCORD_TOKEN: 'x'.repeat(20), DISCORD_APPLICATION_ID: '123456789012345678', LOG_LEVEL: 'silent', ...env });

describe('shard plan', () => {
  it('runs one connection in-process for one shard, or when Discord recommends one', async () => {
    expect(await planShards(cfg({ DISCORD_SHARDS: '1' }), {}, () => Promise.resolve(9))).toEqual({ kind: 'single' });
    expect(await planShards(cfg({ DISCORD_SHARDS: 'auto' }), {}, () => Promise.resolve(1))).toEqual({ kind: 'single' });
  });

  it('runs the ShardingManager for a number above one, or auto with a recommendation above one', async () => {
    expect(await planShards(cfg({ DISCORD_SHARDS: '3' }), {}, () => Promise.resolve(1))).toEqual({ kind: 'manager', total: 3, ids: [0, 1, 2] });
    expect(await planShards(cfg({ DISCORD_SHARDS: 'auto' }), {}, () => Promise.resolve(4))).toEqual({ kind: 'manager', total: 4, ids: [0, 1, 2, 3] });
  });

  it('spreads a fixed total over hosts with DISCORD_SHARD_IDS, and refuses ids it cannot run', async () => {
    expect(await planShards(cfg({ DISCORD_SHARDS: '8' }), { DISCORD_SHARD_IDS: '4-6,7' }, () => Promise.resolve(1))).toEqual({ kind: 'manager', total: 8, ids: [4, 5, 6, 7] });
    await expect(planShards(cfg({ DISCORD_SHARDS: 'auto' }), { DISCORD_SHARD_IDS: '0' }, () => Promise.resolve(2))).rejects.toThrow(/DISCORD_SHARD_IDS: needs DISCORD_SHARDS/);
    await expect(planShards(cfg({ DISCORD_SHARDS: '2' }), { DISCORD_SHARD_IDS: '1,2' }, () => Promise.resolve(2))).rejects.toThrow(/2 not below DISCORD_SHARDS/);
    expect(() => shardIdsFrom(cfg({}), { DISCORD_SHARD_IDS: 'one' })).toThrow(/DISCORD_SHARD_IDS: must be shard ids/);
  });

  it('is a shard process when the ShardingManager spawned it', async () => {
    expect(await planShards(cfg({ DISCORD_SHARDS: '2' }), { SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '2' }, () => Promise.resolve(2))).toEqual({ kind: 'child' });
  });
});

/** A second guild whose id puts it on shard 1 of 2. */
function guildOnShard(fake: FakeDiscord, shard: number, of: number): FakeGuild {
  let id = snowflake();
  while (Number((BigInt(id) >> 22n) % BigInt(of)) !== shard) id = (BigInt(id) + (1n << 22n)).toString();
  const g: FakeGuild = { ...fake.guild, id, name: `g${shard}`, roles: fake.guild.roles.map((r) => (r.id === fake.guild.id ? { ...r, id } : r)), channels: [{ id: snowflake(), type: 0, name: 'c', guildId: id }] };
  fake.state.addGuild(g);
  return g;
}

describe('shards in one client', () => {
  let fake: FakeDiscord | undefined;
  let bot: DiscordBot | undefined;
  const saved = { SHARDS: process.env.SHARDS, SHARD_COUNT: process.env.SHARD_COUNT };
  afterEach(async () => {
    await bot?.stop();
    await fake?.close();
    bot = undefined;
    fake = undefined;
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  const make = (f: FakeDiscord, extra: { shards?: number[]; shardCount?: number } = {}): DiscordBot => {
    const config = cfg({ DISCORD_TOKEN: f.token, DISCORD_APPLICATION_ID: f.applicationId, DISCORD_MESSAGE_CONTENT: 'false' });
    const core = new CommandCore({ registry: testRegistry(), datasets: new DatasetHolder(testDataset()) });
    return createDiscordBot({ core, config, log: createLogger(config), metrics: new Metrics(), restApi: f.apiBase, ...extra });
  };

  it('identifies every shard it runs and answers interactions on each', async () => {
    fake = await startFakeDiscord();
    const g1 = guildOnShard(fake, 1, 2);
    bot = make(fake, { shards: [0, 1], shardCount: 2 });
    await bot.start();
    const shards = fake.gateway.received.filter((r) => r.op === 2).map((r) => r.d.shard as number[]);
    expect(shards.sort()).toEqual([[0, 2], [1, 2]]);
    for (const [shard, guild] of [[0, fake.guild], [1, g1]] as const) {
      const p = chatInput({ applicationId: fake.applicationId, guild, channel: guild.channels[0]!, user: fake.human }, 'element', [str('element', 'Eu')]);
      fake.gateway.dispatch('INTERACTION_CREATE', p, shard);
      const cb = await fake.rest.waitFor((r) => r.path === `/interactions/${String(p.id)}/${String(p.token)}/callback`);
      expect(cb.body.data.embeds[0].title).toBe('Europium (Eu)');
    }
  });

  it('takes its shard from SHARDS and SHARD_COUNT as the ShardingManager sets them', async () => {
    fake = await startFakeDiscord();
    process.env.SHARDS = '1';
    process.env.SHARD_COUNT = '2';
    bot = make(fake);
    await bot.start();
    expect(fake.gateway.received.filter((r) => r.op === 2).map((r) => r.d.shard)).toEqual([[1, 2]]);
  });
});

describe('ShardingManager with shard processes', () => {
  it('spawns one process per shard; each connects with its shard and answers; stop ends them', async () => {
    const fake = await startFakeDiscord();
    const g1 = guildOnShard(fake, 1, 2);
    const env = {
      DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiBase, DISCORD_SHARDS: '2',
      DISCORD_MESSAGE_CONTENT: 'false', LOG_LEVEL: 'silent', LODESTONE_STATE_DIR: mkdtempSync(join(tmpdir(), 'lodestone-shards-')), LODESTONE_WATCH_DATA: 'false',
    };
    const before = { ...process.env };
    Object.assign(process.env, env);
    const config = parseConfig(process.env);
    const core = new CommandCore({ registry: testRegistry(), datasets: new DatasetHolder(testDataset()) });
    let handle: PlatformHandle | undefined;
    try {
      handle = await startShardManager({ config, log: createLogger(config), core, metrics: new Metrics() }, { kind: 'manager', total: 2, ids: [0, 1] }, { spawnDelayMs: 0, spawnTimeoutMs: 60_000 });
      expect(handle.isReady()).toBe(true);
      const shards = fake.gateway.received.filter((r) => r.op === 2).map((r) => r.d.shard as number[]);
      expect(shards.sort()).toEqual([[0, 2], [1, 2]]);
      // The real registry runs in the shard processes: /element answers from the bundled dataset.
      const p = chatInput({ applicationId: fake.applicationId, guild: g1, channel: g1.channels[0]!, user: fake.human }, 'element', [str('element', 'Eu')]);
      fake.gateway.dispatch('INTERACTION_CREATE', p, 1);
      const cb = await fake.rest.waitFor((r) => r.path === `/interactions/${String(p.id)}/${String(p.token)}/callback`, 20_000);
      expect(JSON.stringify(cb.body)).toMatch(/Europium/);
      // The manager delivers digests over REST itself.
      expect(await handle.delivery!.checkCanPost({ platform: 'discord', channelId: fake.text.id })).toEqual({ ok: true });
    } finally {
      await handle?.stop();
      for (const k of Object.keys(process.env)) if (!(k in before)) delete process.env[k];
      Object.assign(process.env, before);
      await fake.close();
    }
    expect(handle?.isReady()).toBe(false);
  }, 120_000);
});
