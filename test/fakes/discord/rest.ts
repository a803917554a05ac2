// The fake's REST API (/api/v10/...): records every request and answers like Discord for the
// routes Lodestone uses. Failures can be injected per route: 429 with Retry-After and X-RateLimit
// headers, 5xx, or a Discord JSON error code.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FakeState } from './state.js';
import { snowflake, user } from './payloads.js';

export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, e.g. "/interactions/1/tok/callback". */
  path: string;
  query: URLSearchParams;
  /** JSON body, or the payload_json part of a multipart body. */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  files: { name: string; filename: string; size: number; type: string }[];
  auth: string | undefined;
  at: number;
}

export interface Failure {
  method?: string;
  path: RegExp;
  status: number;
  /** Seconds, for 429 (body retry_after and Retry-After header). */
  retryAfter?: number;
  global?: boolean;
  code?: number;
  message?: string;
  /** How many matching requests fail (default 1). */
  times?: number;
}

export class HttpAnswer {
  constructor(readonly status: number, readonly body?: unknown, readonly headers: Record<string, string> = {}) {}
}

const error = (status: number, code: number, message: string): HttpAnswer => new HttpAnswer(status, { message, code });

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function parseBody(req: IncomingMessage, raw: Buffer): Promise<{ body: unknown; files: RecordedRequest['files'] }> {
  const type = req.headers['content-type'] ?? '';
  if (!raw.length) return { body: undefined, files: [] };
  if (type.startsWith('multipart/form-data')) {
    const form = await new Request('http://fake/', { method: 'POST', headers: { 'content-type': type }, body: raw }).formData();
    const files: RecordedRequest['files'] = [];
    let body: unknown;
    for (const [name, value] of form.entries()) {
      if (typeof value === 'string') {
        if (name === 'payload_json') body = JSON.parse(value);
      } else {
        files.push({ name, filename: value.name, size: value.size, type: value.type });
      }
    }
    return { body, files };
  }
  return { body: JSON.parse(raw.toString('utf8')), files: [] };
}

export class FakeRest {
  readonly requests: RecordedRequest[] = [];
  readonly #failures: Failure[] = [];
  readonly #waiters = new Set<{ pred: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }>();

  constructor(private readonly state: FakeState) {}

  /** The next matching request(s) fail as described. */
  failNext(f: Failure): void {
    this.#failures.push({ times: 1, ...f });
  }

  clearFailures(): void {
    this.#failures.length = 0;
  }

  /** Resolves with the first recorded request (past or future) that matches. */
  waitFor(pred: (r: RecordedRequest) => boolean, timeoutMs = 10_000): Promise<RecordedRequest> {
    const seen = this.requests.find(pred);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const w = { pred, resolve: (r: RecordedRequest) => { clearTimeout(t); resolve(r); } };
      const t = setTimeout(() => { this.#waiters.delete(w); reject(new Error(`fake discord: no matching request within ${timeoutMs} ms`)); }, timeoutMs);
      this.#waiters.add(w);
    });
  }

  /** Waits until `n` requests match. */
  async waitForCount(pred: (r: RecordedRequest) => boolean, n: number, timeoutMs = 10_000): Promise<RecordedRequest[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const got = this.requests.filter(pred);
      if (got.length >= n) return got;
      if (Date.now() > deadline) throw new Error(`fake discord: ${got.length}/${n} matching requests within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  find(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const m = /^\/api\/v\d+(\/.*)$/.exec(url.pathname);
    if (!m) return send(res, new HttpAnswer(404, { message: '404: Not Found', code: 0 }));
    const raw = await readBody(req);
    let parsed: { body: unknown; files: RecordedRequest['files'] };
    try {
      parsed = await parseBody(req, raw);
    } catch {
      return send(res, error(400, 50109, 'The request body contains invalid JSON.'));
    }
    const rec: RecordedRequest = {
      method: req.method ?? 'GET', path: decodeURIComponent(m[1]!), query: url.searchParams, body: parsed.body, files: parsed.files,
      auth: req.headers.authorization, at: Date.now(),
    };
    this.requests.push(rec);
    const fail = this.#failures.find((f) => (!f.method || f.method === rec.method) && f.path.test(rec.path));
    let answer: HttpAnswer;
    if (fail) {
      if (--fail.times! <= 0) this.#failures.splice(this.#failures.indexOf(fail), 1);
      answer = failure(fail);
    } else {
      try {
        answer = this.state.route(rec);
      } catch (err) {
        answer = err instanceof HttpAnswer ? err : new HttpAnswer(500, { message: String(err), code: 0 });
      }
    }
    send(res, answer);
    for (const w of this.#waiters) {
      if (w.pred(rec)) {
        this.#waiters.delete(w);
        w.resolve(rec);
      }
    }
  }
}

function failure(f: Failure): HttpAnswer {
  if (f.status === 429) {
    const after = f.retryAfter ?? 0.1;
    return new HttpAnswer(429, { message: 'You are being rate limited.', retry_after: after, global: Boolean(f.global), code: 0 }, {
      'retry-after': String(after),
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset-after': String(after),
      'x-ratelimit-bucket': 'fakebucket',
      'x-ratelimit-scope': f.global ? 'global' : 'user',
      ...(f.global ? { 'x-ratelimit-global': 'true' } : {}),
    });
  }
  if (f.code !== undefined) return error(f.status, f.code, f.message ?? 'Error');
  return new HttpAnswer(f.status, { message: f.message ?? 'Server Error', code: 0 });
}

function send(res: ServerResponse, a: HttpAnswer): void {
  if (a.body === undefined) {
    res.writeHead(a.status, a.headers);
    res.end();
    return;
  }
  const text = JSON.stringify(a.body);
  res.writeHead(a.status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...a.headers });
  res.end(text);
}

export { snowflake, user };
