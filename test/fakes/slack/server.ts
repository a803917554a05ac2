// A loopback fake of Slack: the Web API (the methods Lodestone calls), response_url endpoints, the
// file upload URL, and Socket Mode (apps.connections.open hands out a ws://127.0.0.1 URL). It
// records every call with its decoded arguments and can be told to answer the next calls to a
// method with HTTP 429 + Retry-After, a 5xx, or a Slack error code.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  /** The HTTP status the fake answered. */
  status: number;
}

export interface Respond {
  id: string;
  body: Record<string, unknown>;
}

export type Fault = { status: 429; retryAfter: number } | { status: 500 | 502 | 503 } | { error: string };

export interface FakeUser {
  locale?: string;
  is_admin?: boolean;
  is_owner?: boolean;
}

export interface FakeChannel {
  is_member?: boolean;
  is_archived?: boolean;
  is_im?: boolean;
}

export interface PostedMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  text?: string;
  blocks?: unknown;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

export const BOT_USER_ID = 'U0LODESTONE';
export const BOT_ID = 'B0LODESTONE';
export const TEAM_ID = 'T0TEST';

function decode(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) {
    try {
      return JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return { _raw: raw };
    }
  }
  if (contentType?.includes('multipart/form-data')) return { _multipart: raw.length };
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    // The WebClient sends objects and arrays (blocks, metadata) as JSON strings.
    if (/^[[{]/.test(v)) {
      try {
        out[k] = JSON.parse(v);
        continue;
      } catch {
        /* keep the string */
      }
    }
    out[k] = v;
  }
  return out;
}

export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responds: Respond[] = [];
  readonly uploads: { id: string; bytes: number }[] = [];
  readonly users = new Map<string, FakeUser>();
  readonly channels = new Map<string, FakeChannel>();
  /** users.conversations: the channel ids each user is in (as the bot token may see them). */
  readonly memberships = new Map<string, string[]>();
  readonly messages: PostedMessage[] = [];
  /** Socket Mode messages the app sent (acks), parsed. */
  readonly socketReceived: Record<string, unknown>[] = [];
  validToken = 'xoxb-test_token';
  /** OAuth: codes handed out by the fake "Allow" screen, and the per-workspace bot tokens they buy. */
  readonly oauthCodes = new Map<string, { teamId: string; token: string }>();
  readonly teamTokens = new Map<string, { teamId: string; botUserId: string }>();
  oauthClient = { id: '1111.2222', secret: 'client-secret-for-tests' };
  #faults = new Map<string, Fault[]>();
  #server: Server;
  #wss: WebSocketServer;
  #sockets = new Set<WebSocket>();
  #port = 0;
  /** Last message ts in microseconds: the wall clock, strictly increasing. */
  #ts = 0;
  #fileSeq = 0;
  #waiters: (() => void)[] = [];

  constructor() {
    this.#server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = (req.url ?? '/').split('?')[0]!;
        const raw = Buffer.concat(chunks).toString('utf8');
        const args = decode(raw, req.headers['content-type']);
        const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
          res.writeHead(status, { 'content-type': 'application/json', ...headers });
          res.end(JSON.stringify(body));
          this.#notify();
        };
        if (path.startsWith('/respond/')) {
          this.responds.push({ id: path.slice('/respond/'.length), body: args });
          return send(200, { ok: true });
        }
        if (path.startsWith('/upload/')) {
          this.uploads.push({ id: path.slice('/upload/'.length), bytes: raw.length });
          res.writeHead(200);
          res.end('OK');
          this.#notify();
          return;
        }
        const method = path.replace(/^\/api\//, '');
        const fault = this.#faults.get(method)?.shift();
        if (fault && 'status' in fault) {
          this.calls.push({ method, args, headers: req.headers, status: fault.status });
          return fault.status === 429
            ? send(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(fault.retryAfter) })
            : send(fault.status, { ok: false, error: 'internal_error' });
        }
        this.calls.push({ method, args, headers: req.headers, status: 200 });
        if (fault) return send(200, { ok: false, error: fault.error });
        const auth = req.headers.authorization ?? '';
        if (method === 'oauth.v2.access') return send(200, this.#oauthAccess(args, auth));
        const teamToken = this.teamTokens.get(auth.replace(/^Bearer /, ''));
        if (method !== 'apps.connections.open' && auth !== `Bearer ${this.validToken}` && !teamToken) return send(200, { ok: false, error: 'invalid_auth' });
        if (method === 'auth.test' && teamToken) return send(200, { ok: true, team_id: teamToken.teamId, user_id: teamToken.botUserId, bot_id: `B${teamToken.teamId}` });
        send(200, this.#answer(method, args));
      });
    });
    this.#wss = new WebSocketServer({ server: this.#server, path: '/socket' });
    this.#wss.on('connection', (ws) => {
      this.#sockets.add(ws);
      ws.on('message', (data) => {
        try {
          this.socketReceived.push(JSON.parse(String(data)) as Record<string, unknown>);
        } catch {
          this.socketReceived.push({ _raw: String(data) });
        }
        this.#notify();
      });
      ws.on('close', () => this.#sockets.delete(ws));
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A0TEST' } }));
      this.#notify();
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.#port = (this.#server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const ws of this.#sockets) ws.terminate();
    this.#wss.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  get url(): string {
    return `http://127.0.0.1:${this.#port}`;
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  respondUrl(id: string): string {
    return `${this.url}/respond/${id}`;
  }

  /** The next calls to `method` get these faults, in order. */
  fail(method: string, ...faults: Fault[]): void {
    this.#faults.set(method, [...(this.#faults.get(method) ?? []), ...faults]);
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  get socketCount(): number {
    return this.#sockets.size;
  }

  /** Sends a Socket Mode envelope to every connected app. */
  sendSocket(envelope: Record<string, unknown>): void {
    for (const ws of this.#sockets) ws.send(JSON.stringify(envelope));
  }

  /** Resolves when `check` holds (re-checked after every request the fake handles). */
  async until<T>(check: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = check();
      if (v) return v;
      if (Date.now() > deadline) throw new Error('timed out waiting for the fake Slack');
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 50);
        this.#waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  #notify(): void {
    const w = this.#waiters.splice(0);
    for (const f of w) f();
  }

  #nextTs(): string {
    this.#ts = Math.max(this.#ts + 1, Date.now() * 1000);
    const s = String(this.#ts);
    return `${s.slice(0, 10)}.${s.slice(10)}`;
  }

  /** What Slack's "Allow" returns to the redirect: a one-time code for `teamId` (and its token). */
  grantCode(teamId: string): { code: string; token: string } {
    const code = `code-${teamId}-${this.oauthCodes.size + 1}`;
    const token = `xoxb-${teamId}-${this.teamTokens.size + 1}`;
    this.oauthCodes.set(code, { teamId, token });
    return { code, token };
  }

  /** The calls made with this bearer token (which workspace's token Lodestone used). */
  callsWithToken(token: string, method?: string): ApiCall[] {
    return this.calls.filter((c) => c.headers.authorization === `Bearer ${token}` && (!method || c.method === method));
  }

  // Slack takes the client credentials as HTTP Basic auth or as form fields; a code works once.
  #oauthAccess(args: Record<string, unknown>, auth: string): Record<string, unknown> {
    const basic = auth.startsWith('Basic ') ? Buffer.from(auth.slice(6), 'base64').toString('utf8').split(':') : [];
    const id = basic[0] ?? args.client_id;
    const secret = basic[1] ?? args.client_secret;
    if (id !== this.oauthClient.id || secret !== this.oauthClient.secret) return { ok: false, error: 'invalid_client_id' };
    const grant = this.oauthCodes.get(String(args.code));
    if (!grant) return { ok: false, error: 'invalid_code' };
    this.oauthCodes.delete(String(args.code));
    const botUserId = `U${grant.teamId}BOT`;
    this.teamTokens.set(grant.token, { teamId: grant.teamId, botUserId });
    return {
      ok: true, access_token: grant.token, token_type: 'bot', scope: 'commands,chat:write', bot_user_id: botUserId, app_id: 'A0TEST',
      team: { id: grant.teamId, name: `Team ${grant.teamId}` }, enterprise: null, is_enterprise_install: false, authed_user: { id: 'UINSTALLER' },
    };
  }

  #answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://test.slack.com/', team: 'Test', user: 'lodestone', team_id: TEAM_ID, user_id: BOT_USER_ID, bot_id: BOT_ID };
      case 'users.info': {
        const id = String(args.user);
        const u = this.users.get(id);
        if (!u) return { ok: false, error: 'user_not_found' };
        return { ok: true, user: { id, name: id.toLowerCase(), ...u } };
      }
      case 'chat.postMessage': {
        const ts = this.#nextTs();
        const m: PostedMessage = {
          channel: String(args.channel),
          ts,
          ...(typeof args.thread_ts === 'string' ? { thread_ts: args.thread_ts } : {}),
          ...(typeof args.text === 'string' ? { text: args.text } : {}),
          ...(args.blocks ? { blocks: args.blocks } : {}),
          ...(args.metadata ? { metadata: args.metadata as PostedMessage['metadata'] } : {}),
        };
        this.messages.push(m);
        return { ok: true, channel: m.channel, ts, message: { ts, text: m.text } };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: this.#nextTs() };
      case 'conversations.history': {
        const channel = String(args.channel);
        const oldest = Number(args.oldest ?? 0);
        const all = this.messages
          .filter((m) => m.channel === channel && Number(m.ts) >= oldest)
          .reverse()
          .map((m) => ({ type: 'message', ts: m.ts, text: m.text, ...(args.include_all_metadata === 'true' && m.metadata ? { metadata: m.metadata } : {}) }));
        const start = Number(args.cursor ?? 0);
        const limit = Number(args.limit ?? 100);
        const page = all.slice(start, start + limit);
        const more = start + limit < all.length;
        return { ok: true, messages: page, has_more: more, response_metadata: { next_cursor: more ? String(start + limit) : '' } };
      }
      case 'users.conversations': {
        const all = this.memberships.get(String(args.user)) ?? [];
        const start = Number(args.cursor ?? 0);
        const limit = Number(args.limit ?? 100);
        const more = start + limit < all.length;
        return { ok: true, channels: all.slice(start, start + limit).map((id) => ({ id })), response_metadata: { next_cursor: more ? String(start + limit) : '' } };
      }
      case 'conversations.info': {
        const id = String(args.channel);
        const c = this.channels.get(id);
        if (!c) return { ok: false, error: 'channel_not_found' };
        return { ok: true, channel: { id, ...c } };
      }
      case 'files.getUploadURLExternal': {
        const id = `F${++this.#fileSeq}`;
        return { ok: true, upload_url: `${this.url}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal':
        return { ok: true, files: (args.files as { id: string }[] | undefined) ?? [] };
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${this.#port}/socket` };
      default:
        return { ok: true };
    }
  }
}
