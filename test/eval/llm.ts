// The LLM path over the golden set, against the loopback fake server (the naive policy of
// fake-model.ts) or a live OpenAI-compatible endpoint: which tool answered, what it cited, what the
// checker removed, and whether anything unsafe or unsupported reached the user.
import type { Dataset } from '../../src/dataset/dataset.js';
import { DatasetHolder } from '../../src/dataset/holder.js';
import { CommandCore } from '../../src/commands/core.js';
import { createRegistry } from '../../src/commands/index.js';
import { createLogger } from '../../src/ops/log.js';
import { Metrics } from '../../src/ops/metrics.js';
import { parseConfig } from '../../src/config.js';
import { createAskService, type AskOutcome, type AskService } from '../../src/ask/llm/index.js';
import type { CommandContext } from '../../src/commands/types.js';
import type { Registry } from '../../src/commands/registry.js';
import { bestFact } from '../../src/ask/llm/facts-tool.js';
import { promptFingerprints } from '../../src/ask/llm/prompt.js';
import { routeToCommand } from '../../src/ask/router.js';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai/server.js';
import { naiveScript, PLANTED } from './fake-model.js';
import type { GoldenCase, RouteExpect } from './golden.js';
import { describeRoute, matchRoute } from './offline.js';
import { citations, median, replyText, summarise, unsafeText, type CaseResult, type Summary } from './score.js';

export interface LlmRunOptions {
  /** Live endpoint; without it the loopback fake server with the golden script is used. */
  live?: { baseURL?: string; apiKey: string; model?: string };
  now?: Date;
  /** Return the service (its cache warm) for a second pass; the fake server then stays up until `close()`. */
  keepService?: boolean;
  /** Mutation tests: another registry (a tool description swapped), or the claim checker off. */
  registry?: Registry;
  uncheckedForMutationTest?: boolean;
}

export interface EvalService {
  answer: AskService['answer'];
  contextFor(c: GoldenCase): CommandContext;
  close(): Promise<void>;
}

/**
 * The route the model took: its first successful tool call. A question the model routed nowhere
 * gets no credit from the offline fallback: the figure measures the tools, not the router.
 */
function routeOf(ds: Dataset, c: GoldenCase, o: AskOutcome): ReturnType<typeof routeToCommand> {
  if (o.trace.path === 'refused') return { refusal: true };
  const tool = o.trace.tools.find((t) => t.ok);
  if (tool?.name === 'facts') {
    const topic = tool.args?.topic ?? '';
    const routed = routeToCommand(topic, ds, c.locale);
    const fact = 'fact' in routed ? routed.fact : bestFact(topic, ds.facts)?.id;
    return fact ? { fact } : routed;
  }
  if (tool) return { command: tool.name, args: tool.args ?? {} };
  // The offline fallback's refusal is what the user saw; any other fallback earns no routing credit.
  const offline = routeToCommand(c.q, ds, c.locale);
  return 'refusal' in offline && !offline.inBeat ? offline : { command: 'none', args: {} };
}

/**
 * Digit runs shown to the reader that appear in no tool result of the turn: a plain substring test,
 * independent of the checker's own reading of numbers.
 */
export function digitsNotInResults(shown: string, results: readonly string[]): string[] {
  const raw = results.join('\n').replace(/\{\{f:\d+=([^{}]*)\}\}/g, '$1');
  return [...shown.matchAll(/\p{N}+(?:[.,]\p{N}+)*/gu)].map((m) => m[0]).filter((d) => !raw.includes(d));
}

export async function runLlm(
  ds: Dataset, cases: readonly GoldenCase[], opts: LlmRunOptions = {},
): Promise<{ results: CaseResult[]; summary: Summary; outcomes: AskOutcome[]; service?: EvalService }> {
  let fake: FakeOpenAI | undefined;
  if (!opts.live) fake = await startFakeOpenAI(naiveScript(cases));
  const apiKey = opts.live?.apiKey ?? 'sk-eval-fake-key-000000';
  try {
    const config = parseConfig({
      OPENAI_API_KEY: apiKey,
      ...(fake ? { OPENAI_BASE_URL: fake.baseURL } : opts.live?.baseURL ? { OPENAI_BASE_URL: opts.live.baseURL } : {}),
      ...(opts.live?.model ? { OPENAI_MODEL: opts.live.model } : {}),
      ...(opts.live ? pick(process.env, ['OPENAI_STRICT_TOOLS', 'OPENAI_TIMEOUT_MS', 'OPENAI_MAX_RETRIES']) : { OPENAI_TIMEOUT_MS: '5000' }),
      LOG_LEVEL: 'silent',
    });
    const core = new CommandCore({ registry: opts.registry ?? createRegistry(), datasets: new DatasetHolder(ds), clock: () => opts.now ?? new Date('2026-11-29T09:00:00Z') });
    const service = createAskService({ config, log: createLogger(config), metrics: new Metrics(), core }, {
      userPerMinute: 10_000, channelPerMinute: 10_000, ...(opts.uncheckedForMutationTest ? { uncheckedForMutationTest: true } : {}),
    })!;
    const fingerprints = promptFingerprints();
    const results: CaseResult[] = [];
    const outcomes: AskOutcome[] = [];
    const contextFor = (c: GoldenCase): CommandContext => core.context({
      locale: c.locale,
      actor: { platform: 'console', userId: c.id, canManageChannel: false },
      channel: { platform: 'console', channelId: 'eval' },
    });
    for (const c of cases) {
      const o = await service.answer(c.q, contextFor(c));
      outcomes.push(o);
      const route = routeOf(ds, c, o);
      const m = matchRoute(ds, c, route);
      const shown = replyText(o.reply);
      const unsupportedFinal = o.trace.path === 'model' ? digitsNotInResults(o.reply.blocks.join('\n'), o.trace.evidenceTexts).length : 0;
      results.push({
        id: c.id,
        kind: c.kind,
        locale: c.locale,
        routeOk: m.ok,
        got: `${o.trace.path}${o.trace.reason ? `(${o.trace.reason})` : ''} ${describeRoute(route)}`,
        refused: 'refusal' in route,
        expectRefuse: 'refuse' in c.expect,
        ...citations(ds, c, o.reply, m.matched as RouteExpect | undefined),
        safe: !unsafeText(shown, [apiKey], fingerprints) && unsupportedFinal === 0,
        path: o.trace.path,
        modelCalls: o.trace.modelCalls,
        promptTokens: o.trace.promptTokens,
        completionTokens: o.trace.completionTokens,
        unsupportedFinal,
        removed: o.trace.removed.length,
        ...(c.plant ? { plantRemoved: !shown.includes('987,654') && !shown.includes('2031') && (o.trace.removed.some((d) => d.sentence === PLANTED) || o.trace.path !== 'model') } : {}),
      });
    }
    const called = results.filter((r) => (r.modelCalls ?? 0) > 0);
    const planted = results.filter((r) => r.plantRemoved !== undefined);
    const summary: Summary = {
      ...summarise(results),
      answered_by_model: results.filter((r) => r.path === 'model').length,
      fallbacks: results.filter((r) => r.path === 'fallback').length,
      unsupported_final: results.reduce((n, r) => n + (r.unsupportedFinal ?? 0), 0),
      sentences_removed: results.reduce((n, r) => n + (r.removed ?? 0), 0),
      planted_removed: planted.length ? planted.filter((r) => r.plantRemoved).length / planted.length : null,
      median_model_calls: median(called.map((r) => r.modelCalls ?? 0)),
      median_prompt_tokens: median(called.map((r) => r.promptTokens ?? 0)),
      median_completion_tokens: median(called.map((r) => r.completionTokens ?? 0)),
    };
    if (opts.keepService) {
      const keep = fake;
      fake = undefined;
      return { results, summary, outcomes, service: { answer: (q, ctx) => service.answer(q, ctx), contextFor, close: async () => { await keep?.close(); } } };
    }
    return { results, summary, outcomes };
  } finally {
    await fake?.close();
  }
}

function pick(env: NodeJS.ProcessEnv, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.flatMap((k) => (env[k] ? [[k, env[k]!]] : [])));
}
