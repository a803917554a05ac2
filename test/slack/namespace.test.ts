// One namespaced command by default: `/lodestone reserves china` through the real Bolt app, with
// replies that spell commands the way this workspace types them; the per-command set as an option.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegistry } from '../../src/commands/index.js';
import { commandStyle, invocation } from '../../src/adapters/slack/command-style.js';
import { startHarness, type Harness } from './harness.js';
import { expectWithinLimits } from './limits.js';

const textOf = (payload: unknown): string => JSON.stringify(payload);

describe('namespaced command parsing and spelling', () => {
  const registry = createRegistry();
  const single = commandStyle(registry, 'single', 'lodestone');

  it('splits /lodestone <command> [args]; no command word is a question; nothing is help', () => {
    expect(invocation(registry, single, '/lodestone', 'reserves china')).toMatchObject({ name: 'reserves', text: 'china', question: false });
    expect(invocation(registry, single, '/lodestone', 'Reserven Brasilien')).toMatchObject({ name: 'reserves', text: 'Brasilien' });
    expect(invocation(registry, single, '/lodestone', '')).toMatchObject({ name: 'help', text: '' });
    expect(invocation(registry, single, '/lodestone', 'how large are Brazil\'s reserves?')).toMatchObject({ question: true, text: 'how large are Brazil\'s reserves?' });
    expect(invocation(registry, single, '/reserves', 'china')).toMatchObject({ name: 'reserves', text: 'china' });
  });

  it('rewrites command spellings in text, never inside a URL or twice', () => {
    expect(single.rewrite('Try: /reserves china or "/help digest".')).toBe('Try: /lodestone reserves china or "/lodestone help digest".');
    expect(single.rewrite('https://pubs.usgs.gov/reserves and /unknown')).toBe('https://pubs.usgs.gov/reserves and /unknown');
    expect(single.rewrite(single.rewrite('/help'))).toBe('/lodestone help');
    expect(commandStyle(registry, 'each').rewrite('/help')).toBe('/help');
  });
});

describe('/lodestone through the real Slack app', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ registry: createRegistry() });
  });
  afterAll(async () => {
    await h.close();
  });

  it('/lodestone reserves china answers like /reserves china, suggestions namespaced', async () => {
    const res = await h.command({ command: '/lodestone', text: 'reserves china' });
    const body = res.json();
    expectWithinLimits(body);
    expect(body.response_type).toBe('in_channel');
    expect(textOf(body)).toMatch(/China/);
    const help = (await h.command({ command: '/lodestone', text: 'help' })).json();
    expect(textOf(help)).toContain('/lodestone reserves');
    expect(textOf(help)).not.toMatch(/[`\s]\/reserves/);
  });

  it('/lodestone alone shows the help; a question without a command word is answered', async () => {
    expect(textOf((await h.command({ command: '/lodestone', text: '' })).json())).toContain('/lodestone help');
    const res = await h.command({ command: '/lodestone', text: 'How large are the reserves of Brazil?' }, 'ns-question');
    expect(res.status).toBe(200);
    // Answered offline, so in the ack itself.
    expect(textOf(res.json())).toMatch(/Brazil/);
  });

  it('an unknown country names the namespaced command in its suggestions', async () => {
    const body = (await h.command({ command: '/lodestone', text: 'reserves Atlantis' })).json();
    expect(body.response_type).toBe('ephemeral');
    expect(textOf(body)).toContain('/lodestone ');
  });
});

describe('per-command mode (SLACK_COMMAND_MODE=each)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ registry: createRegistry(), env: { SLACK_COMMAND_MODE: 'each' } });
  });
  afterAll(async () => {
    await h.close();
  });

  it('answers /reserves and spells commands without the namespace', async () => {
    const help = (await h.command({ command: '/help', text: '' })).json();
    expect(textOf(help)).toMatch(/\/reserves/);
    expect(textOf(help)).not.toContain('/lodestone');
  });
});

describe('present keeps what it does not rewrite', () => {
  it('returns the same table, fields and blocks when no command is spelt in them, and rewrites those that are', async () => {
    const { createRegistry } = await import('../../src/commands/index.js');
    const style = commandStyle(createRegistry(), 'single', 'lodestone');
    const table = { columns: ['A'], rows: [['China']] };
    const fields = [{ label: 'Tonnes', value: '44' }];
    const blocks = ['No command here.'];
    const plain = style.present({ kind: 'answer', locale: 'en', blocks, fields, table, sources: [] });
    expect(plain.table).toBe(table);
    expect(plain.fields).toBe(fields);
    expect(plain.blocks).toBe(blocks);
    const spelt = style.present({ kind: 'answer', locale: 'en', blocks: ['Try /reserves china'], table: { columns: ['A'], rows: [['x'], ['see /element Nd']] }, sources: [] });
    expect(spelt.blocks).toEqual(['Try /lodestone reserves china']);
    expect(spelt.table!.rows).toEqual([['x'], ['see /lodestone element Nd']]);
  });
});
