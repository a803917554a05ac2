// The other side of `npm run bench -- load`, in its own process so that generating load never
// competes with Lodestone for the same event loop: a loopback fake of Slack's Web API and of the
// response_url endpoints, and autocannon sending signed slash commands from the shared corpus
// (bench/corpus.ts) at a constant rate: the Zipf mix, or the distinct corpus (a seeded order of every
// input, cycled so each is sent equally often). Driven over IPC by bench/load.ts.
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { loadDataset } from '../src/dataset/load.js';
import { buildCorpus, CORPUS_SEED, distinctSequence, zipfSequence, type CorpusInput } from './corpus.js';
import type { Workload } from './rounds.js';

export interface RunRequest {
  type: 'run';
  url: string;
  signingSecret: string;
  seconds: number;
  rate: number;
  connections: number;
  workload: Workload;
  round: number;
}

export interface RunSummary {
  type: 'summary';
  requests: number;
  seconds: number;
  ok2xx: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  p50_ms: number;
  p99_ms: number;
}

export interface FakeStats {
  type: 'stats';
  /** POSTs to a response_url (delayed slash-command answers). */
  responds: number;
  /** Web API calls, by method. */
  api: Record<string, number>;
}

let responds = 0;
const api: Record<string, number> = {};

const fake = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (path.startsWith('/respond/')) {
      responds += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
      return;
    }
    const method = path.replace(/^\/api\//, '');
    api[method] = (api[method] ?? 0) + 1;
    const german = Buffer.concat(chunks).includes('U0DE');
    const body = {
      ok: true, url: 'https://lodestone-bench.slack.com/', team: 'Bench', team_id: 'T0BENCH', user: { id: 'U0BENCH', locale: german ? 'de-DE' : 'en-US', is_admin: false, tz: 'Europe/Berlin' },
      upload_url: `http://127.0.0.1:${(fake.address() as AddressInfo).port}/upload`, file_id: 'F0BENCH', files: [],
      user_id: 'U0BOT', bot_id: 'B0BOT', channel: 'C0BENCH', ts: `${Date.now() / 1000}`, message: { ts: `${Date.now() / 1000}` }, messages: [], response_metadata: { next_cursor: '' },
    };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
});

let corpus: CorpusInput[] = [];

/** What follows the app's one command (/lodestone): "reserves china", "reserven china" or a question. */
const slackText = (c: CorpusInput): string =>
  c.command === 'ask' ? c.text : c.line.startsWith('/') ? `${c.command}${c.text ? ` ${c.text}` : ''}` : c.line;

/** Invocations sent by this process: each gets its own trigger_id, never reused across rounds. */
let sent = 0;

function signedRequests(msg: RunRequest, fakePort: number): (() => { headers: Record<string, string>; body: string })[] {
  const ts = Math.floor(Date.now() / 1000);
  return corpus.map((c, i) => {
    const body = new URLSearchParams({
      token: 'legacy-verification-token-unused', team_id: 'T0BENCH', team_domain: 'bench', channel_id: `C0BENCH${i % 4}`, channel_name: 'general',
      user_id: `U0${c.locale.toUpperCase()}${i % 7}`, user_name: 'bench', command: '/lodestone', text: slackText(c), api_app_id: 'A0BENCH', is_enterprise_install: 'false',
      response_url: `http://127.0.0.1:${fakePort}/respond/${i}`, trigger_id: `${i}.bench`,
    }).toString();
    // Every invocation carries its own trigger_id, as Slack's do (the app refuses replays), so each
    // request is signed as it is sent.
    return () => {
      const fresh = body.replace(`trigger_id=${i}.bench`, `trigger_id=${i}.${++sent}.bench`);
      const signature = `v0=${createHmac('sha256', msg.signingSecret).update(`v0:${ts}:${fresh}`).digest('hex')}`;
      return { headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature }, body: fresh };
    };
  });
}

async function run(msg: RunRequest, fakePort: number): Promise<RunSummary> {
  const requests = signedRequests(msg, fakePort);
  const total = Math.ceil(msg.rate * msg.seconds * 1.2);
  const seq = msg.workload === 'mix' ? zipfSequence(corpus.length, total, CORPUS_SEED + msg.round) : distinctSequence(corpus.length, CORPUS_SEED + msg.round);
  let next = 0;
  // Timed here, to the last response: autocannon's own duration is in whole seconds.
  const started = performance.now();
  let last = started;
  const result = await autocannon({
    url: msg.url,
    connections: msg.connections,
    duration: msg.seconds,
    overallRate: msg.rate,
    timeout: 10,
    requests: [{ method: 'POST', path: '/slack/events', setupRequest: (req: autocannon.Request) => ({ ...req, ...requests[seq[next++ % seq.length]!]!() }), onResponse: () => { last = performance.now(); } }],
  });
  return {
    type: 'summary',
    requests: result.requests.total,
    seconds: (last - started) / 1000,
    ok2xx: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
  };
}

if (process.send) {
  const loaded = await loadDataset();
  if (!loaded.ok) throw new Error('the bundled dataset is invalid');
  corpus = buildCorpus(loaded.dataset);
  fake.listen(0, '127.0.0.1', () => {
    const port = (fake.address() as AddressInfo).port;
    process.send!({ type: 'ready', port, inputs: corpus.length });
  });
  process.on('message', (msg: RunRequest | { type: 'stats' } | { type: 'exit' }) => {
    const port = (fake.address() as AddressInfo).port;
    if (msg.type === 'run') void run(msg, port).then((s) => process.send!(s));
    else if (msg.type === 'stats') process.send!({ type: 'stats', responds, api } satisfies FakeStats);
    else fake.close(() => process.exit(0));
  });
  process.on('disconnect', () => process.exit(0));
}
