// A tool for performance work on the Slack adapter's own share of an answer, not a benchmark (no
// default export, so `npm run bench -- all` skips it). It sends every corpus input once as a signed
// slash command to Lodestone's Slack app over loopback HTTP (reply cache off, fixed clock, charts by
// address, as the bench runs it) and records what goes back: the HTTP status and ack body, and every
// message posted to the command's response_url. Each input is sent twice, through the pre-dispatch
// shortcut and through Bolt's dispatch (an app with the shortcut off), so both paths are covered.
// It stores those records, or compares them with records stored before a change, so an
// optimisation is proven not to change a byte of what Slack receives:
//
//   npx tsx bench/slack-check.ts write /tmp/before.json   # on the old code
//   npx tsx bench/slack-check.ts check /tmp/before.json   # on the new code: exits 1 on any difference
import { createHmac } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadDataset, defaultDataDir } from '../src/dataset/load.js';
import { DatasetHolder } from '../src/dataset/holder.js';
import { createRegistry } from '../src/commands/index.js';
import { CommandCore } from '../src/commands/core.js';
import { parseConfig } from '../src/config.js';
import { createLogger } from '../src/ops/log.js';
import { Metrics } from '../src/ops/metrics.js';
import { createSlackApp, type SlackApp } from '../src/adapters/slack/index.js';
import { buildCorpus, type CorpusInput } from './corpus.js';

const NOW = new Date('2026-12-01T18:00:00Z');
const SECRET = 'lodestone-slack-check-secret';

/** What follows /lodestone, as the Slack bench sends it. */
const slackText = (c: CorpusInput): string =>
  c.command === 'ask' ? c.text : c.line.startsWith('/') ? `${c.command}${c.text ? ` ${c.text}` : ''}` : c.line;

async function main(): Promise<number> {
  const [mode, file] = process.argv.slice(2);
  if ((mode !== 'write' && mode !== 'check') || !file) throw new Error('usage: slack-check write|check FILE');
  const loaded = await loadDataset(defaultDataDir());
  if (!loaded.ok) throw new Error(`dataset invalid: ${loaded.errors.length} errors`);
  const corpus = buildCorpus(loaded.dataset);

  // The fake Slack: users.info answers the locale the user id names; response_url posts are kept.
  const posted = new Map<string, string[]>();
  const fake = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const path = req.url ?? '';
      if (path.startsWith('/respond/')) posted.set(path, [...(posted.get(path) ?? []), body]);
      const reply = path.startsWith('/api/users.info')
        ? { ok: true, user: { id: 'U0USER', locale: body.includes('U0DE') ? 'de-DE' : 'en-US', is_admin: false } }
        : { ok: true, user_id: 'U0BOT', bot_id: 'B0BOT', team_id: 'T0CHECK', ts: '1764612000.000100' };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply));
    });
  });
  await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
  const fakePort = (fake.address() as AddressInfo).port;

  const config = parseConfig({
    SLACK_BOT_TOKEN: 'xoxb-check', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: `http://127.0.0.1:${fakePort}/api/`, LOG_LEVEL: 'warn',
    LODESTONE_PUBLIC_URL: 'https://lodestone.bench.invalid',
  });
  const start = async (preDispatchCache: boolean): Promise<SlackApp> => {
    const core = new CommandCore({ registry: createRegistry(), datasets: new DatasetHolder(loaded.dataset), replyCacheEntries: 0, clock: () => NOW });
    const app = createSlackApp({ core, config, log: createLogger(config), metrics: new Metrics(), port: 0, preDispatchCache });
    await app.start();
    return app;
  };

  let trigger = 0;
  const send = async (app: SlackApp, c: CorpusInput, i: number, side: string): Promise<{ status: number; ack: string; posts: string[] }> => {
    const respond = `/respond/${side}/${i}`;
    const body = new URLSearchParams({
      token: 'unused', team_id: 'T0CHECK', team_domain: 'check', channel_id: 'C0CHECK', channel_name: 'general',
      user_id: `U0${c.locale.toUpperCase()}${i % 5}`, user_name: 'check', command: '/lodestone', text: slackText(c), api_app_id: 'A0CHECK',
      is_enterprise_install: 'false', response_url: `http://127.0.0.1:${fakePort}${respond}`, trigger_id: `${i}.${++trigger}.check`,
    }).toString();
    const ts = Math.floor(Date.now() / 1000);
    const res = await fetch(`http://127.0.0.1:${app.port()!}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}` },
      body,
    });
    const ack = await res.text();
    // Messages after the ack go out through response_url once the listener is done.
    await app.inFlight.drain(5_000);
    return { status: res.status, ack, posts: posted.get(respond) ?? [] };
  };

  const out: Record<string, unknown> = {};
  for (const [side, shortcut] of [['shortcut', true], ['bolt', false]] as const) {
    const app = await start(shortcut);
    // One unrecorded pass first, so every user's language is known (users.info) as in a running bot.
    for (const [i, c] of corpus.entries()) await send(app, c, i, `${side}-warm`);
    for (const [i, c] of corpus.entries()) out[`${side}\u0000${c.locale}\u0000${slackText(c)}`] = await send(app, c, i, side);
    await app.stop();
  }
  fake.close();

  if (mode === 'write') {
    writeFileSync(file, JSON.stringify(out));
    process.stdout.write(`${Object.keys(out).length} answers written to ${file}\n`);
    return 0;
  }
  const before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  let differ = 0;
  for (const k of new Set([...Object.keys(before), ...Object.keys(out)])) {
    if (JSON.stringify(before[k]) === JSON.stringify(out[k])) continue;
    if (++differ <= 10) process.stdout.write(`DIFF ${JSON.stringify(k)}\n  before ${JSON.stringify(before[k])}\n  after  ${JSON.stringify(out[k])}\n`);
  }
  process.stdout.write(`${Object.keys(out).length} answers, ${differ} differ\n`);
  return differ ? 1 : 0;
}

main().then((code) => process.exit(code), (err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
