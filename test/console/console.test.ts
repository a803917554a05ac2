// The console adapter on real streams: prompt, answers in order, /help, /quit, end of input
// (Ctrl-D), hostile lines, and the console delivery target.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startConsole, consoleDelivery, PROMPT } from '../../src/adapters/console/index.js';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/ops/log.js';
import { Metrics } from '../../src/ops/metrics.js';
import type { PlatformHandle } from '../../src/adapters/platform.js';
import { makeCore } from '../commands/helpers.js';

interface Session {
  input: PassThrough;
  output: () => string;
  handle: PlatformHandle;
  exited: Promise<void>;
}

async function session(env: Record<string, string> = {}, localeExplicit?: boolean): Promise<Session> {
  const input = new PassThrough();
  const out = new PassThrough();
  let text = '';
  out.on('data', (c: Buffer) => (text += c.toString('utf8')));
  const config = parseConfig({ LOG_LEVEL: 'silent', ...env });
  let exit!: () => void;
  const exited = new Promise<void>((r) => (exit = r));
  const handle = await startConsole(
    { config, log: createLogger(config), core: await makeCore(), metrics: new Metrics() },
    { input, output: out, onExit: exit, historyFile: false, ...(localeExplicit !== undefined ? { localeExplicit } : {}) },
  );
  return { input, output: () => text, handle, exited };
}

describe('console adapter', () => {
  it('answers lines in order with the prompt, and end of input (Ctrl-D) quits cleanly', async () => {
    const s = await session();
    s.input.write('/reserves china\n');
    s.input.write('Wie groß sind die Reserven von Brasilien?\n');
    s.input.end();
    await s.exited;
    const out = s.output();
    expect(out.startsWith('Lodestone — dataset')).toBe(true);
    expect(out).toContain(PROMPT);
    const china = out.indexOf('Reserves — Rare earths: China');
    const brazil = out.indexOf('Brasilien — Reserven (Seltene Erden)');
    expect(china).toBeGreaterThan(0);
    expect(brazil).toBeGreaterThan(china);
    expect(out.trimEnd().endsWith('Bye.')).toBe(true);
    expect(s.handle.isReady()).toBe(false);
  });

  it('/help lists the commands and how to leave; /quit ends the session', async () => {
    const s = await session();
    s.input.write('/help\n');
    s.input.write('/quit\n');
    await s.exited;
    expect(s.output()).toContain('/reserves [country] [mineral]');
    expect(s.output()).toContain('/quit or Ctrl-D');
  });

  it('LODESTONE_LOCALE=de answers in German even for English questions when explicit', async () => {
    const s = await session({ LODESTONE_LOCALE: 'de' }, true);
    s.input.write("How large are Brazil's reserves?\n");
    s.input.end();
    await s.exited;
    expect(s.output()).toContain('Brasilien — Reserven (Seltene Erden)');
    expect(s.output()).toContain('Tschüss.');
  });

  it('never crashes: control characters, mentions, huge and empty lines all get answers', async () => {
    const s = await session();
    for (const line of ['', '   ', '\u0000\u001b[2J', '@everyone <!channel> <@&123>', '/reservs', `/summit ${'x'.repeat(50_000)}`, '"unclosed', '/digest subscribe 99:99']) {
      s.input.write(`${line}\n`);
    }
    s.input.write('/element Nd\n');
    s.input.end();
    await s.exited;
    const out = s.output();
    expect(out).toContain('Neodymium (Nd)'); // still answering after all of that
    expect(out).not.toMatch(/@everyone|<!channel>|<@&123>/);
    expect(out).not.toContain('\u001b[2J');
    expect(out).not.toMatch(/at .*\.ts:\d+/); // no stack traces
  });

  it('stop() closes the session without calling onExit', async () => {
    const s = await session();
    let exitedByUser = false;
    void s.exited.then(() => (exitedByUser = true));
    await s.handle.stop();
    await new Promise((r) => setImmediate(r));
    expect(s.handle.isReady()).toBe(false);
    expect(exitedByUser).toBe(false);
  });
});

describe('consoleDelivery', () => {
  it('prints a briefing once per key and finds it again', async () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (c: Buffer) => (text += c.toString('utf8')));
    const target = consoleDelivery(out);
    const channel = { platform: 'console' as const, channelId: 'console' };
    const reply = { kind: 'briefing' as const, locale: 'en' as const, title: 'Morning digest', blocks: ['Today.'], sources: [] };
    expect(await target.checkCanPost(channel)).toEqual({ ok: true });
    const first = await target.post(channel, reply, { key: 'k1' });
    const again = await target.post(channel, reply, { key: 'k1' });
    expect(again.messageId).toBe(first.messageId);
    expect(await target.findPosted(channel, 'k1', new Date(0))).toBe(first.messageId);
    expect(await target.findPosted(channel, 'k2', new Date(0))).toBeNull();
    expect(text.match(/Morning digest/g)).toHaveLength(1);
  });
});
