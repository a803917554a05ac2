// SIGTERM while Slack replies are in flight: the real CLI process runs Slack in HTTP mode against a
// loopback fake Web API, with questions going to a deliberately slow fake model server. Slash
// commands are sent, SIGTERM arrives while the slow answers are still being produced, and every
// command must still get exactly one answer before the process exits 0.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, waitFor } from './helpers.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SECRET = 'ops-shutdown-signing-secret';
const MODEL_DELAY_MS = 1_500;

let slackApi: Server;
let model: Server;
let stateDir = '';
const responds = new Map<number, string[]>();
let modelRequests = 0;

const portOf = (s: Server): number => (s.address() as AddressInfo).port;

function listen(server: Server): Promise<void> {
  return new Promise((r) => server.listen(0, '127.0.0.1', r));
}

beforeAll(async () => {
  stateDir = mkdtempSync(join(tmpdir(), 'lodestone-slack-stop-'));
  slackApi = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const m = /^\/respond\/(\d+)$/.exec(req.url ?? '');
      if (m) responds.set(Number(m[1]), [...(responds.get(Number(m[1])) ?? []), body]);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, user_id: 'U0BOT', bot_id: 'B0BOT', team_id: 'T0OPS', user: { id: 'U0USER', locale: 'en-US', is_admin: false }, ts: '1.000001' }));
    });
  });
  // A model that takes its time and then answers without tools (the answer path falls back as it must).
  model = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      modelRequests += 1;
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({
          id: 'cmpl-1', object: 'chat.completion', created: 1, model: 'fake',
          choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: 'Brazil has large rare-earth reserves.' } }],
          usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
        }));
      }, MODEL_DELAY_MS);
    });
  });
  await Promise.all([listen(slackApi), listen(model)]);
});

afterAll(async () => {
  slackApi.closeAllConnections();
  model.closeAllConnections();
  await Promise.all([new Promise((r) => slackApi.close(r)), new Promise((r) => model.close(r))]);
  rmSync(stateDir, { recursive: true, force: true });
});

function signed(i: number, command: string, text: string): { body: string; headers: Record<string, string> } {
  const ts = Math.floor(Date.now() / 1000);
  const body = new URLSearchParams({
    token: 'x', team_id: 'T0OPS', team_domain: 'ops', channel_id: 'C0OPS', channel_name: 'general', user_id: 'U0USER', user_name: 'ops',
    command, text, api_app_id: 'A0OPS', response_url: `http://127.0.0.1:${portOf(slackApi)}/respond/${i}`, trigger_id: `${i}.ops`,
  }).toString();
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  return { body, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature } };
}

describe('SIGTERM with Slack replies in flight', { timeout: 180_000 }, () => {
  it('every command sent before the signal gets exactly one answer, then the process exits 0', async () => {
    const slackPort = await freePort();
    const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), 'start', '--dotenv', join(stateDir, 'none.env')], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '',
        SLACK_BOT_TOKEN: 'xoxb-ops_shutdown', SLACK_SIGNING_SECRET: SECRET, SLACK_PORT: String(slackPort), SLACK_API_URL: `http://127.0.0.1:${portOf(slackApi)}/api/`,
        OPENAI_API_KEY: 'sk-ops-shutdown', OPENAI_BASE_URL: `http://127.0.0.1:${portOf(model)}/v1`, OPENAI_MAX_RETRIES: '0',
        HTTP_PORT: '0', HTTP_HOST: '127.0.0.1', LOG_LEVEL: 'info', LODESTONE_STATE_DIR: stateDir, SHUTDOWN_TIMEOUT_MS: '30000',
      },
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.resume();
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    try {
      const records = (): Record<string, unknown>[] => stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
      await waitFor(() => records().some((r) => r.msg === 'lodestone started'), 'start-up', 90_000);
      const opsPort = records().find((r) => String(r.msg).startsWith('operations HTTP listening'))?.port;
      const ready = await fetch(`http://127.0.0.1:${String(opsPort)}/readyz`);
      expect(await ready.json()).toMatchObject({ status: 'ready', checks: { slack: { ok: true } } });

      const commands: [string, string][] = [
        ['/reserves', 'china'], ['/ask', 'How large are Brazil\'s reserves?'], ['/element', 'Nd'],
        ['/ask', 'Wie groß sind die Reserven von Vietnam?'], ['/ask', 'What is neodymium used for?'], ['/help', ''],
      ];
      const sent = commands.map(async ([command, text], i) => {
        const { body, headers } = signed(i, command, text);
        const res = await fetch(`http://127.0.0.1:${slackPort}/slack/events`, { method: 'POST', headers, body });
        return { status: res.status, body: await res.text() };
      });
      // The slow answers are in flight when the signal arrives.
      await waitFor(() => modelRequests >= 1, 'a question to reach the model', 60_000);
      child.kill('SIGTERM');
      const acks = await Promise.all(sent);
      expect(await exited).toBe(0);

      acks.forEach((ack, i) => {
        expect(ack.status, `command ${i}`).toBe(200);
        const answeredInAck = ack.body.trim().length > 0;
        const followUps = responds.get(i) ?? [];
        expect(answeredInAck || followUps.length > 0, `command ${i} got an answer`).toBe(true);
        expect(new Set(followUps).size, `command ${i} answered once`).toBe(followUps.length);
      });
      const messages = records().map((r) => String(r.msg));
      const order = ['shutdown started (SIGTERM): no new work, finishing work in flight', 'shutdown: slack stopped', 'shutdown: store closed', 'shutdown complete; exiting 0'].map((m) => messages.indexOf(m));
      expect(order.every((i) => i >= 0), messages.join('\n')).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      // Nothing listens any more: a balancer would send the next request to another replica.
      await expect(fetch(`http://127.0.0.1:${slackPort}/slack/events`, { method: 'POST' })).rejects.toThrow();
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
