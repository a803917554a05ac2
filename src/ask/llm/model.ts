// One chat-completions call with bounded retries, a per-call timeout and the caller's deadline.
// Every failure becomes a typed outcome, never an exception, so the caller can always fall back.
// The response is validated: an OpenAI-compatible server that returns something else is "invalid".
import { z } from 'zod';
import OpenAI from 'openai';
import type {
  ChatCompletionCreateParamsNonStreaming, ChatCompletionFunctionTool, ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import type { Logger } from '../../ops/log.js';
import type { Metrics } from '../../ops/metrics.js';

export type ModelFailure = 'timeout' | 'rate_limited' | 'server_error' | 'client_error' | 'connection' | 'invalid' | 'deadline';

export interface ToolCall {
  id: string;
  name: string;
  arguments: string;
}

export interface ModelTurn {
  content: string;
  /** 'stop', 'tool_calls', 'length' (cut off), 'content_filter', or whatever else a server sends. */
  finishReason: string;
  toolCalls: ToolCall[];
  promptTokens: number;
  completionTokens: number;
}

export type ModelResult =
  | { ok: true; turn: ModelTurn }
  | { ok: false; failure: ModelFailure; status?: number; retryAfterMs?: number };

const Response = z.object({
  choices: z.array(z.object({
    // Not every compatible server sends it; a missing one is read as a normal stop.
    finish_reason: z.string().nullish(),
    message: z.object({
      content: z.string().nullish(),
      tool_calls: z.array(z.object({
        id: z.string().optional(),
        function: z.object({
          name: z.string(),
          // Some compatible servers send the arguments as an object instead of a JSON string.
          arguments: z.union([z.string(), z.record(z.string(), z.unknown())]).nullish(),
        }),
      })).nullish(),
    }),
  })).min(1),
  usage: z.object({ prompt_tokens: z.number(), completion_tokens: z.number() }).partial().nullish(),
});

/** The token rule used when a server reports no usage (and by the loopback fake): ceil(chars / 4). */
export const estimateTokens = (chars: number): number => Math.ceil(chars / 4);

const MAX_COMPLETION_TOKENS = 400;

export interface ModelOptions {
  model: string;
  /** OPENAI_BASE_URL is set: an OpenAI-compatible server rather than OpenAI. */
  compatibleServer: boolean;
  timeoutMs: number;
  maxRetries: number;
  metrics: Metrics;
  log: Logger;
}

function retryAfterMs(err: InstanceType<typeof OpenAI.APIError>): number | undefined {
  const h = err.headers;
  const ms = Number(h?.get('retry-after-ms'));
  if (Number.isFinite(ms) && ms > 0) return ms;
  const s = Number(h?.get('retry-after'));
  return Number.isFinite(s) && s > 0 ? s * 1000 : undefined;
}

function classify(err: unknown, signal: AbortSignal): { failure: ModelFailure; status?: number; retryAfterMs?: number } {
  if (signal.aborted) return { failure: 'deadline' };
  if (err instanceof OpenAI.APIConnectionTimeoutError) return { failure: 'timeout' };
  if (err instanceof OpenAI.APIConnectionError) return { failure: 'connection' };
  if (err instanceof OpenAI.APIError && typeof err.status === 'number') {
    if (err.status === 429) {
      const after = retryAfterMs(err);
      return { failure: 'rate_limited', status: 429, ...(after !== undefined ? { retryAfterMs: after } : {}) };
    }
    return { failure: err.status >= 500 ? 'server_error' : 'client_error', status: err.status };
  }
  // A body that is not JSON, or anything else the client could not make sense of.
  return { failure: 'invalid' };
}

const RETRYABLE = new Set<ModelFailure>(['timeout', 'server_error', 'connection']);

export class ModelClient {
  #ids = 0;

  constructor(
    private readonly client: OpenAI,
    private readonly opts: ModelOptions,
  ) {}

  async complete(
    messages: ChatCompletionMessageParam[],
    tools: ChatCompletionFunctionTool[],
    toolChoice: 'auto' | 'none',
    signal: AbortSignal,
  ): Promise<ModelResult> {
    const body: ChatCompletionCreateParamsNonStreaming = {
      model: this.opts.model,
      messages,
      temperature: 0,
      // OpenAI itself has replaced max_tokens; compatible servers widely understand only max_tokens.
      ...(this.opts.compatibleServer ? { max_tokens: MAX_COMPLETION_TOKENS } : { max_completion_tokens: MAX_COMPLETION_TOKENS }),
      ...(tools.length ? { tools, tool_choice: toolChoice } : {}),
    };
    const estimatedPrompt = estimateTokens(JSON.stringify(body.messages).length + JSON.stringify(tools).length);
    for (let attempt = 0; ; attempt++) {
      let outcome: { failure: ModelFailure; status?: number; retryAfterMs?: number };
      try {
        const raw: unknown = await this.client.chat.completions.create(body, { timeout: this.opts.timeoutMs, signal, maxRetries: 0 });
        const parsed = Response.safeParse(raw);
        if (parsed.success) {
          const choice = parsed.data.choices[0]!;
          const msg = choice.message;
          const toolCalls = (msg.tool_calls ?? []).map((tc) => ({
            // Some servers omit ids; every tool result must still answer a distinct id.
            id: tc.id ?? `call_${++this.#ids}`,
            name: tc.function.name,
            arguments: typeof tc.function.arguments === 'string' ? tc.function.arguments : JSON.stringify(tc.function.arguments ?? {}),
          }));
          const content = msg.content ?? '';
          const turn: ModelTurn = {
            content,
            finishReason: choice.finish_reason ?? 'stop',
            toolCalls,
            promptTokens: parsed.data.usage?.prompt_tokens ?? estimatedPrompt,
            completionTokens: parsed.data.usage?.completion_tokens
              ?? estimateTokens(content.length + toolCalls.reduce((n, t) => n + t.name.length + t.arguments.length, 0)),
          };
          this.opts.metrics.modelCalls.inc({ outcome: 'ok' });
          this.opts.metrics.modelTokens.inc({ kind: 'prompt' }, turn.promptTokens);
          this.opts.metrics.modelTokens.inc({ kind: 'completion' }, turn.completionTokens);
          return { ok: true, turn };
        }
        outcome = { failure: 'invalid' };
      } catch (err) {
        outcome = classify(err, signal);
      }
      this.opts.metrics.modelCalls.inc({ outcome: outcome.failure });
      this.opts.log.warn({ model: { failure: outcome.failure, status: outcome.status, attempt } }, 'model call failed');
      if (outcome.status === 400) {
        this.opts.log.warn('the model server rejected the request; if it does not support strict tool schemas, set OPENAI_STRICT_TOOLS=false');
      }
      if (!RETRYABLE.has(outcome.failure) || attempt >= this.opts.maxRetries || signal.aborted) {
        return { ok: false, ...outcome };
      }
      await sleep(Math.min(2000, 200 * 2 ** attempt), signal);
    }
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(done, ms);
    function done(): void {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
