// The Answerer renders a reply the core shares (frozen: a reply-cache entry or a rendering per
// dataset version) once and hands out the same messages again; any other reply is rendered anew.
import { beforeAll, describe, expect, it } from 'vitest';
import { CommandCore, type CallContext } from '../../src/commands/core.js';
import { createRegistry } from '../../src/commands/index.js';
import { DatasetHolder } from '../../src/dataset/holder.js';
import { loadDataset } from '../../src/dataset/load.js';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/ops/log.js';
import { Answerer } from '../../src/adapters/discord/answer.js';

let core: CommandCore;
let answerer: Answerer;
const call = (locale: 'en' | 'de' = 'en'): CallContext => ({
  locale, localeExplicit: true,
  channel: { platform: 'discord', channelId: '100000000000000001' },
  actor: { platform: 'discord', userId: '100000000000000002', canManageChannel: false },
});

beforeAll(async () => {
  const loaded = await loadDataset();
  if (!loaded.ok) throw new Error('bundled dataset invalid');
  // Reply cache off: only the core's own shared renderings are frozen.
  core = new CommandCore({ registry: createRegistry(), datasets: new DatasetHolder(loaded.dataset), replyCacheEntries: 0 });
  answerer = new Answerer(core, createLogger(parseConfig({ LOG_LEVEL: 'silent' })), () => undefined);
});

describe('discord answerer', () => {
  it('renders a shared reply once: every spelling of a country gets the same messages', async () => {
    const a = await answerer.command('reserves', { country: 'China' }, call());
    const b = await answerer.command('reserves', { country: 'CN' }, call());
    expect(Object.isFrozen(await core.run('reserves', { country: 'china' }, call()))).toBe(true);
    expect(b.messages).toBe(a.messages);
    // Shared by every caller, so nobody may change it.
    expect(Object.isFrozen(a.messages[0]!.body.embeds)).toBe(true);
    expect(JSON.stringify(a.messages[0]!.body)).toMatch(/China/);
    expect(a.messages[0]!.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('renders a reply that is not shared every time', async () => {
    // A list by use echoes the word asked for, so the core builds it per call (not a shared rendering).
    const reply = await core.run('elements', { filter: 'magnets' }, call());
    expect(Object.isFrozen(reply)).toBe(false);
    const a = await answerer.command('elements', { filter: 'magnets' }, call());
    const b = await answerer.command('elements', { filter: 'magnets' }, call());
    expect(b.messages).not.toBe(a.messages);
    expect(b.messages).toEqual(a.messages);
  });

  it('keeps locales apart', async () => {
    const en = await answerer.command('reserves', { country: 'Brazil' }, call('en'));
    const de = await answerer.command('reserves', { country: 'Brasilien' }, call('de'));
    expect(de.messages).not.toBe(en.messages);
    expect(JSON.stringify(de.messages[0]!.body)).toMatch(/Brasilien/);
  });
});
