// A loopback fake of an OpenAI-compatible server (POST /v1/chat/completions) for tests, the eval
// and the benchmark. It answers from a script, records every request, and counts tokens by one
// stated rule: prompt_tokens = ceil(chars(JSON of messages + JSON of tools) / 4),
// completion_tokens = ceil(chars(content + tool names + tool arguments) / 4).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content?: string | null;
  tool_calls?: { id: string; type: 'function'; function: { name: string; arguments: string } }[];
  tool_call_id?: string;
}

export interface ChatBody {
  model: string;
  messages: ChatMessage[];
  tools?: { type: 'function'; function: { name: string; description?: string; parameters?: unknown; strict?: boolean } }[];
  tool_choice?: unknown;
  max_tokens?: number;
  max_completion_tokens?: number;
  temperature?: number;
}

export interface FakeRequest {
  index: number;
  body: ChatBody;
  authorized: boolean;
  promptTokens: number;
}

export type FakeResponse = (
  | { kind: 'tools'; calls: { name: string; arguments: string | Record<string, unknown>; id?: string }[]; content?: string }
  | { kind: 'text'; content: string; finishReason?: string }
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  | { kind: 'raw'; body: string; contentType?: string }
  | { kind: 'hang' }
) & { delayMs?: number; noUsage?: boolean };

export type Script = (req: FakeRequest) => FakeResponse | Promise<FakeResponse>;

export const tokens = (chars: number): number => Math.ceil(chars / 4);

export const toolCall = (name: string, args: Record<string, unknown> | string = {}): FakeResponse =>
  ({ kind: 'tools', calls: [{ name, arguments: args }] });
export const text = (content: string): FakeResponse => ({ kind: 'text', content });
export const status = (code: number, headers?: Record<string, string>): FakeResponse =>
  ({ kind: 'status', status: code, ...(headers ? { headers } : {}), body: { error: { message: `fake ${code}`, type: 'fake_error' } } });

/** Tool results the client sent after the latest user message, in order. */
export function toolResults(body: ChatBody): string[] {
  const lastUser = body.messages.map((m) => m.role).lastIndexOf('user');
  return body.messages.slice(lastUser + 1).filter((m) => m.role === 'tool').map((m) => m.content ?? '');
}

/** The latest user message's content. */
export function lastUserText(body: ChatBody): string {
  return [...body.messages].reverse().find((m) => m.role === 'user')?.content ?? '';
}

export interface FakeOpenAI {
  /** Base URL for OPENAI_BASE_URL (ends in /v1). */
  baseURL: string;
  requests: FakeRequest[];
  script: Script;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, code: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(code, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeOpenAI(script: Script | FakeResponse[] = []): Promise<FakeOpenAI> {
  const queue = Array.isArray(script) ? [...script] : undefined;
  const fake: FakeOpenAI = {
    baseURL: '',
    requests: [],
    script: queue ? () => queue.shift() ?? text('(script exhausted)') : (script as Script),
    close: async () => {},
  };
  let counter = 0;
  const server = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) return sendJson(res, 404, { error: { message: 'not found' } });
      let body: ChatBody;
      try {
        body = JSON.parse(await readBody(req)) as ChatBody;
      } catch {
        return sendJson(res, 400, { error: { message: 'invalid JSON body' } });
      }
      const promptTokens = tokens(JSON.stringify(body.messages).length + JSON.stringify(body.tools ?? []).length);
      const request: FakeRequest = { index: counter++, body, authorized: /^Bearer \S+/.test(req.headers.authorization ?? ''), promptTokens };
      fake.requests.push(request);
      const r = await fake.script(request);
      if (r.delayMs) await new Promise((ok) => setTimeout(ok, r.delayMs));
      if (r.kind === 'hang') return; // never answers; the client's timeout must fire
      if (r.kind === 'status') return sendJson(res, r.status, r.body ?? {}, r.headers);
      if (r.kind === 'raw') {
        res.writeHead(200, { 'content-type': r.contentType ?? 'application/json' });
        return res.end(r.body);
      }
      const toolCalls = r.kind === 'tools'
        ? r.calls.map((c, i) => ({
            id: c.id ?? `call_${request.index}_${i}`,
            type: 'function' as const,
            function: { name: c.name, arguments: typeof c.arguments === 'string' ? c.arguments : JSON.stringify(c.arguments) },
          }))
        : undefined;
      const content = r.kind === 'text' ? r.content : r.content ?? null;
      const completion = tokens((content ?? '').length + (toolCalls ?? []).reduce((n, t) => n + t.function.name.length + t.function.arguments.length, 0));
      return sendJson(res, 200, {
        id: `chatcmpl-fake-${request.index}`,
        object: 'chat.completion',
        created: 0,
        model: body.model,
        choices: [{ index: 0, finish_reason: toolCalls ? 'tool_calls' : r.kind === 'text' ? r.finishReason ?? 'stop' : 'stop', message: { role: 'assistant', content, ...(toolCalls ? { tool_calls: toolCalls } : {}) } }],
        ...(r.noUsage ? {} : { usage: { prompt_tokens: promptTokens, completion_tokens: completion, total_tokens: promptTokens + completion } }),
      });
    })().catch(() => {
      if (!res.headersSent) sendJson(res, 500, { error: { message: 'fake server error' } });
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  fake.baseURL = `http://127.0.0.1:${port}/v1`;
  fake.close = () => new Promise<void>((ok) => {
    server.closeAllConnections();
    server.close(() => ok());
  });
  return fake;
}
