// The console on a (simulated) terminal: answers wrap to its width, colour only on a colour
// terminal, Ctrl-C clears a half-typed line and a second one on an empty line quits, Tab completes
// command and dataset names. Input is raw keystrokes, as a terminal sends them.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { colorWanted, startConsole } from '../../src/adapters/console/index.js';
import { consoleCompleter } from '../../src/adapters/console/completer.js';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/ops/log.js';
import { Metrics } from '../../src/ops/metrics.js';
import { makeCore } from '../commands/helpers.js';

type Tty = PassThrough & { isTTY: boolean; columns: number };

async function terminal(columns: number, env: NodeJS.ProcessEnv) {
  const input = Object.assign(new PassThrough(), { isTTY: true, columns }) as Tty;
  const output = Object.assign(new PassThrough(), { isTTY: true, columns }) as Tty;
  let text = '';
  output.on('data', (c: Buffer) => (text += c.toString('utf8')));
  const config = parseConfig({ LOG_LEVEL: 'silent' });
  let exit!: () => void;
  const exited = new Promise<void>((r) => (exit = r));
  const handle = await startConsole(
    { config, log: createLogger(config), core: await makeCore(), metrics: new Metrics() },
    { input, output, onExit: exit, historyFile: false, env, locale: 'en', localeExplicit: true },
  );
  const answered = async (needle: string): Promise<void> => {
    for (let i = 0; i < 200 && !text.includes(needle); i++) await new Promise((r) => setTimeout(r, 10));
  };
  return { input, output: () => text, handle, exited, answered };
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
const ESC = String.fromCharCode(27);
const plain = (s: string): string => s.replace(ANSI, '');

describe('console on a terminal', () => {
  it('wraps answers to the terminal width and turns a too-wide table into a list', async () => {
    const t = await terminal(60, { TERM: 'xterm-256color' });
    t.input.write('/events\r');
    await t.answered('Sources:');
    t.input.end();
    await t.exited;
    const lines = plain(t.output()).split('\n');
    const over = lines.filter((l) => l.length > 60 && !/https?:\/\//.test(l));
    expect(over).toEqual([]);
    expect(lines).toContain('4 Apr 2025 — China\'s export controls on seven medium and');
    expect(lines).toContain('  Place: Beijing');
  });

  it('colours only a colour terminal: NO_COLOR and TERM=dumb turn it off', async () => {
    const coloured = await terminal(100, { TERM: 'xterm-256color' });
    coloured.input.write('/element Nd\r');
    await coloured.answered('Dataset ');
    coloured.input.end();
    await coloured.exited;
    expect(coloured.output()).toContain(`${ESC}[1mNeodymium (Nd)`);
    const noColor = await terminal(100, { TERM: 'xterm-256color', NO_COLOR: '1' });
    noColor.input.write('/element Nd\r');
    await noColor.answered('Dataset ');
    noColor.input.end();
    await noColor.exited;
    expect(noColor.output()).toContain('Neodymium (Nd)');
    expect(noColor.output()).not.toContain(`${ESC}[1m`);
    expect(colorWanted(true, { TERM: 'dumb' })).toBe(false);
    expect(colorWanted(false, {})).toBe(false);
    expect(colorWanted(true, {})).toBe(true);
  });

  it('Ctrl-C clears a half-typed line; on an empty line the first says how to leave, the second quits', async () => {
    const t = await terminal(100, { NO_COLOR: '1' });
    t.input.write('/element Zzz');
    t.input.write('\u0003');
    t.input.write('/element Nd\r');
    await t.answered('Dataset ');
    expect(t.output()).toContain('Neodymium (Nd)');
    expect(t.output()).not.toContain('Zzz/element');
    expect(t.handle.isReady()).toBe(true);
    t.input.write('\u0003');
    await t.answered('Press Ctrl-C again');
    expect(t.handle.isReady()).toBe(true);
    t.input.write('\u0003');
    await t.exited;
    expect(t.handle.isReady()).toBe(false);
    expect(t.output().trimEnd().endsWith('Bye.')).toBe(true);
  });

  it('Tab completes command names and dataset names', async () => {
    const t = await terminal(100, { NO_COLOR: '1' });
    t.input.write('/reser\t');
    t.input.write('Brasi\t');
    t.input.write('\r');
    await t.answered('Dataset ');
    t.input.end();
    await t.exited;
    expect(t.output()).toContain('Reserves — Rare earths: Brazil');
    const complete = consoleCompleter(await makeCore());
    expect(complete('/ele')).toEqual([['/element ', '/elements '], '/ele']);
    expect(complete('/reser')).toEqual([['/reserves '], '/reser']);
    expect(complete('/reserv')[0]).toEqual(['/reserves ']);
    expect(complete('/quel')).toEqual([['/quelle ', '/quellen '], '/quel']);
    expect(complete('reserves united st')).toEqual([['United States'], 'united st']);
    expect(complete('/element neo')[0]).toContain('Neodymium');
  });
});
