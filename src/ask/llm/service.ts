// A free-form question answered by the model calling Lodestone's commands as tools, with the
// answer checked in code against that turn's tool results. Whatever goes wrong (no tool call,
// an unsupported figure, a timeout, a 429, garbage), the reply is a deterministic one instead.
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { CommandCore, CallContext } from '../../commands/core.js';
import type { Args, CommandContext } from '../../commands/types.js';
import { errorReply, type Reply } from '../../reply/model.js';
import type { Logger } from '../../ops/log.js';
import { cacheKey, normaliseQuestion } from '../cache.js';
import { argsKey } from '../../commands/reply-cache.js';
import { AskRateLimiter } from '../ratelimit.js';
import { composeAnswer, type ToolResult } from './compose.js';
import { argSubjects, RefTable, type Measure } from './refs.js';
import { resolved, type AskOutcome, type AskTrace } from './trace.js';
import { offlineAnswer, type OfflineAnswer } from './offline.js';
import type { ModelClient } from './model.js';
import { OUT_OF_SCOPE, promptFingerprints, queryHint, systemPrompt, wrapQuestion } from './prompt.js';
import { rateLimitedReply, refusalReply } from './replies.js';
import { BeatCheck, looksLikeOverride } from './scope.js';
import { ThreadStore, threadKey } from './threads.js';
import { buildTools, type ToolSpec } from './tools.js';
import { serialiseReply } from './toolresult.js';
import { factsTool } from './facts-tool.js';
import { narrowArgs } from './tool-args.js';
import type { Dataset } from '../../dataset/dataset.js';

export type { AskOutcome, AskPath, AskTrace, ResolvedRef, ToolRun } from './trace.js';

const MEASURES = new Set<string>(['reserves', 'production']);

export interface AskSettings {
  strictTools: boolean;
  timeoutMs: number;
  userPerMinute: number;
  channelPerMinute: number;
  /** Model calls per question, tool rounds included. */
  maxModelCalls?: number;
  /** Values that must never appear in a reply (configured secrets). */
  secrets?: string[];
  /** The offline answer used as the fallback (default: offline.ts). */
  offline?: OfflineAnswer;
  /**
   * Off only in the mutation test that proves the eval gate can fail: the answer's sentences are
   * then kept unchecked. Never set in the app.
   */
  uncheckedForMutationTest?: boolean;
}


const MAX_TOOL_CALLS_PER_ROUND = 3;

export class AskService {
  readonly tools: Map<string, ToolSpec>;
  readonly limiter: AskRateLimiter;
  readonly threads = new ThreadStore();
  readonly #fingerprints = promptFingerprints();
  #beat?: { dataset: Dataset; check: BeatCheck };
  #cooldownUntil = 0;
  readonly #inflight = new Map<string, Promise<AskOutcome>>();

  constructor(
    private readonly core: CommandCore,
    private readonly model: ModelClient,
    private readonly settings: AskSettings,
    private readonly log: Logger,
    private readonly clock: () => number = Date.now,
  ) {
    this.tools = buildTools(core.registry, { strict: settings.strictTools, builtins: [factsTool] });
    this.limiter = new AskRateLimiter({ userPerMinute: settings.userPerMinute, channelPerMinute: settings.channelPerMinute, clock });
  }

  #beatCheck(dataset: Dataset): BeatCheck {
    if (this.#beat?.dataset !== dataset) this.#beat = { dataset, check: new BeatCheck(dataset) };
    return this.#beat.check;
  }

  async answer(question: string, ctx: CommandContext): Promise<AskOutcome> {
    const started = performance.now();
    const trace: AskTrace = {
      path: 'model', modelCalls: 0, promptTokens: 0, completionTokens: 0, tools: [], removed: [], refs: [],
      evidenceTexts: [], override: looksLikeOverride(question),
    };
    const outcome = await this.#answer(question.trim(), ctx, trace);
    this.log.info({
      ask: {
        path: trace.path, reason: trace.reason, modelCalls: trace.modelCalls, promptTokens: trace.promptTokens,
        completionTokens: trace.completionTokens, tools: trace.tools.map((t) => `${t.name}:${t.ok ? 'ok' : 'bad'}`),
        removed: trace.removed.length, override: trace.override, chars: question.length, ms: Math.round(performance.now() - started),
      },
    }, 'question answered');
    return outcome;
  }

  async #answer(question: string, ctx: CommandContext, trace: AskTrace): Promise<AskOutcome> {
    const { locale } = ctx;
    const tkey = threadKey(ctx.channel);
    const context = tkey ? this.threads.get(tkey) : [];
    const verdict = question ? this.#beatCheck(ctx.dataset).verdict(question) : 'on_beat';
    // A follow-up in a thread ("and Vietnam?") may carry no beat word of its own.
    if (verdict === 'reveal' || (verdict === 'off_beat' && context.length === 0)) {
      return { reply: refusalReply(locale, verdict), trace: { ...trace, path: 'refused', reason: verdict } };
    }
    if (!question) return this.#fallback(question, ctx, trace, 'no_tool', []);

    const key = cacheKey(question, ctx.dataset.meta.version, locale);
    // Model answers live in the core's one reply cache, as time-dependent answers (the model knows
    // today's date); only answers without thread context, which would change them. A model answer
    // never quotes the question, so case and punctuation are normalised away as well.
    const replyKey = context.length === 0
      ? this.core.replies.key({ version: ctx.dataset.meta.version, locale, name: 'ask', input: argsKey({ question: normaliseQuestion(question) }), cache: 'clock', now: ctx.now })
      : undefined;
    if (context.length === 0) {
      const hit = this.core.replies.get(replyKey);
      if (hit) return this.#remember(tkey, question, { reply: structuredClone(hit), trace: { ...trace, path: 'cache' } });
    }
    if (this.clock() < this.#cooldownUntil) return this.#fallback(question, ctx, trace, 'cooldown', []);
    // The same question already on its way to the model (a busy channel): wait for that answer.
    const pending = context.length === 0 ? this.#inflight.get(key) : undefined;
    if (pending) {
      const shared = await pending;
      if (shared.trace.path === 'model') return this.#remember(tkey, question, { reply: structuredClone(shared.reply), trace: { ...trace, path: 'cache' } });
    }

    const who = `${ctx.actor?.platform ?? 'console'}:${ctx.channel?.workspaceId ?? ''}:${ctx.actor?.userId ?? 'local'}`;
    const where = `${ctx.channel?.platform ?? 'console'}:${ctx.channel?.workspaceId ?? ''}:${ctx.channel?.channelId ?? 'local'}`;
    const limit = this.limiter.tryTake(who, where);
    if (!limit.ok) return { reply: rateLimitedReply(locale, limit.scope, limit.retryAfterMs), trace: { ...trace, path: 'rate_limited' } };

    const deadline = new AbortController();
    // The whole question, tool rounds and retries included, is bounded by twice one call's timeout.
    const timer = setTimeout(() => deadline.abort(), this.settings.timeoutMs * 2);
    const running = this.#loop(question, ctx, trace, context, deadline.signal, verdict === 'on_beat');
    if (context.length === 0) this.#inflight.set(key, running);
    try {
      const outcome = await running;
      if (outcome.trace.path === 'model') this.core.replies.set(replyKey, outcome.reply);
      return outcome.trace.path === 'refused' ? outcome : this.#remember(tkey, question, outcome);
    } finally {
      clearTimeout(timer);
      if (this.#inflight.get(key) === running) this.#inflight.delete(key);
    }
  }

  async #loop(
    question: string, ctx: CommandContext, trace: AskTrace, context: readonly { question: string; answer: string }[], signal: AbortSignal,
    onBeat: boolean,
  ): Promise<AskOutcome> {
    const { locale } = ctx;
    const messages: ChatCompletionMessageParam[] = [{ role: 'system', content: systemPrompt(locale) }];
    for (const t of context) {
      messages.push({ role: 'user', content: wrapQuestion(t.question) }, { role: 'assistant', content: t.answer });
    }
    messages.push({ role: 'user', content: `${wrapQuestion(question)}\n${queryHint(question, ctx)}` });
    const tools = [...this.tools.values()].map((t) => (locale === 'de' ? t.toolDe : t.tool));
    const results: ToolResult[] = [];
    const table = new RefTable(ctx.dataset, locale);
    const maxCalls = this.settings.maxModelCalls ?? 3;

    for (let call = 1; call <= maxCalls; call++) {
      const last = call === maxCalls;
      const res = await this.model.complete(messages, tools, last ? 'none' : 'auto', signal);
      trace.modelCalls++;
      if (!res.ok) {
        if (res.failure === 'rate_limited') {
          // Stop calling a server that asked us to back off; the offline router answers meanwhile.
          this.#cooldownUntil = this.clock() + Math.min(res.retryAfterMs ?? 10_000, 60_000);
        }
        return this.#fallback(question, ctx, trace, res.failure, results);
      }
      trace.promptTokens += res.turn.promptTokens;
      trace.completionTokens += res.turn.completionTokens;
      const { content, toolCalls, finishReason } = res.turn;
      // A cut-off or filtered turn is never shown, and its tool calls may be cut off too.
      if (finishReason === 'length') return this.#fallback(question, ctx, trace, 'truncated', results);
      if (finishReason === 'content_filter') return this.#fallback(question, ctx, trace, 'filtered', results);

      if (toolCalls.length) {
        if (last) break;
        messages.push({
          role: 'assistant',
          content: content || null,
          tool_calls: toolCalls.map((tc) => ({ id: tc.id, type: 'function' as const, function: { name: tc.name, arguments: tc.arguments } })),
        });
        for (const [i, tc] of toolCalls.entries()) {
          const text = i < MAX_TOOL_CALLS_PER_ROUND
            ? await this.#runTool(tc.name, tc.arguments, ctx, trace, results, table)
            : 'ERROR: too many tool calls in one round; ask again with fewer.';
          messages.push({ role: 'tool', tool_call_id: tc.id, content: text });
        }
        continue;
      }

      if (content.includes(OUT_OF_SCOPE)) {
        // The pre-check knows the beat's words: a question it placed on the beat gets the offline answer, not a refusal.
        if (onBeat) return this.#fallback(question, ctx, trace, 'out_of_scope', results);
        return { reply: refusalReply(locale, 'off_beat'), trace: { ...trace, path: 'refused', reason: 'out_of_scope' } };
      }
      // An answer resting on no successful tool result has nothing to cite: never used, however fluent.
      if (!results.some((r) => r.reply.kind !== 'error')) return this.#fallback(question, ctx, trace, 'no_tool', results);
      return this.#finish(question, content, ctx, trace, results, table);
    }
    return this.#fallback(question, ctx, trace, 'loop', results);
  }

  async #runTool(name: string, rawArgs: string, ctx: CommandContext, trace: AskTrace, results: ToolResult[], table: RefTable): Promise<string> {
    const spec = this.tools.get(name);
    if (!spec) {
      trace.tools.push({ name: name.slice(0, 64), ok: false, error: 'unknown tool' });
      return `ERROR: unknown tool. Available tools: ${[...this.tools.keys()].join(', ')}.`;
    }
    const parsed = spec.parse(rawArgs);
    if (!parsed.ok) {
      trace.tools.push({ name, ok: false, error: parsed.error });
      return `ERROR: invalid arguments (${parsed.error}). Call the tool again with valid arguments.`;
    }
    if (!spec.builtin) parsed.args = narrowArgs(spec.def, parsed.args, ctx.dataset).args;
    const call: CallContext = { locale: ctx.locale, now: ctx.now, ...(ctx.actor ? { actor: ctx.actor } : {}), ...(ctx.channel ? { channel: ctx.channel } : {}) };
    const reply = spec.builtin ? await this.#runBuiltin(spec, parsed.args, call) : await this.core.run(name, parsed.args, call);
    const measure = MEASURES.has(name) ? (name as Measure) : undefined;
    const subjects = argSubjects(ctx.dataset, parsed.args);
    const mineral = measure ? ([...subjects.mineral][0] ?? 'rare-earths') : undefined;
    if (mineral) subjects.mineral.add(mineral);
    const text = serialiseReply(reply, (t) => table.annotate(t, {
      tool: name, reply, subjects, ...(measure ? { measure } : {}), ...(mineral ? { mineral } : {}),
    }));
    trace.tools.push({ name, args: parsed.args, ok: reply.kind !== 'error' });
    trace.evidenceTexts.push(text);
    results.push({ reply, text });
    return text;
  }

  async #runBuiltin(spec: ToolSpec, args: Args, call: CallContext): Promise<Reply> {
    try {
      return await spec.def.run(args, this.core.context(call));
    } catch (error) {
      this.log.error({ err: error, tool: spec.name }, 'built-in tool failed');
      return errorReply(call.locale, call.locale === 'de' ? 'Das Nachschlagen ist fehlgeschlagen.' : 'The lookup failed.');
    }
  }

  async #finish(question: string, content: string, ctx: CommandContext, trace: AskTrace, results: ToolResult[], table: RefTable): Promise<AskOutcome> {
    trace.modelText = content;
    const composed = composeAnswer(content, results, table, ctx.dataset, ctx.locale, (text) => this.#leaks(text), !this.settings.uncheckedForMutationTest);
    trace.removed = composed.removed;
    trace.refs = composed.used.map(resolved);
    if (!composed.ok) return this.#fallback(question, ctx, trace, composed.reason, results);
    return { reply: composed.reply, trace: { ...trace, path: 'model' } };
  }

  #leaks(text: string): boolean {
    const lower = text.toLowerCase();
    return (this.settings.secrets ?? []).some((s) => s.length >= 6 && text.includes(s))
      || this.#fingerprints.some((f) => lower.includes(f.toLowerCase()))
      || text.includes(OUT_OF_SCOPE);
  }

  async #fallback(question: string, ctx: CommandContext, trace: AskTrace, reason: AskTrace['reason'], results: ToolResult[]): Promise<AskOutcome> {
    // The offline answer fits the question; where it has nothing to say (no sources: a "could not
    // match" reply) the last command the model ran successfully is a grounded reply already.
    const offline = await (this.settings.offline ?? offlineAnswer)(question, ctx, this.core);
    const lastGood = [...results].reverse().find((r) => r.reply.kind !== 'error');
    const reply = offline.sources.length === 0 && lastGood ? lastGood.reply : offline;
    return { reply, trace: { ...trace, path: 'fallback', ...(reason ? { reason } : {}) } };
  }

  #remember(tkey: string | undefined, question: string, outcome: AskOutcome): AskOutcome {
    if (tkey && outcome.reply.kind !== 'error') {
      this.threads.add(tkey, { question, answer: outcome.reply.blocks.join(' ') });
    }
    return outcome;
  }
}

