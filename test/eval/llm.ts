// The LLM path over the golden set, against the loopback fake server (scripted tool calls) or a
// live OpenAI-compatible endpoint: which tool answered, what it cited, what the checker removed,
// and whether anything unsafe or unsupported reached the user.
import type { Dataset } from '../../src/dataset/dataset.js';
import { DatasetHolder } from '../../src/dataset/holder.js';
import { CommandCore } from '../../src/commands/core.js';
import { createRegistry } from '../../src/commands/index.js';
import { createLogger } from '../../src/ops/log.js';
import { Metrics } from '../../src/ops/metrics.js';
import { parseConfig } from '../../src/config.js';
import { createAskService, type AskOutcome, type AskService } from '../../src/ask/llm/index.js';
import type { CommandContext } from '../../src/commands/types.js';
import { Evidence } from '../../src/ask/llm/claims.js';
import { countUnsupported } from '../../src/ask/llm/grounding.js';
import { promptFingerprints } from '../../src/ask/llm/prompt.js';
import { routeToCommand } from '../../src/ask/router.js';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai/server.js';
import { goldenScript, PLANTED } from './fake-model.js';
import type { GoldenCase, RouteExpect } from './golden.js';
import { describeRoute, matchRoute } from './offline.js';
import { citations, median, replyText, summarise, unsafeText, type CaseResult, type Summary } from './score.js';

export interface LlmRunOptions {
  /** Live endpoint; without it the loopback fake server with the golden script is used. */
  live?: { baseURL?: string; apiKey: string; model?: string };
  now?: Date;
  /** Return the service (its cache warm) for a second pass; the fake server then stays up until `close()`. */
  keepService?: boolean;
}

export interface EvalService {
  answer: AskService['answer'];
  contextFor(c: GoldenCase): CommandContext;
  close(): Promise<void>;
}

/** The route the LLM path took: the model's first successful tool call, or the fallback's own route. */
function routeOf(ds: Dataset, c: GoldenCase, o: AskOutcome): ReturnType<typeof routeToCommand> {
  if (o.trace.path === 'refused') return { refusal: true };
  const tool = o.trace.tools.find((t) => t.ok);
  if (tool?.name === 'facts') return routeToCommand(tool.args?.topic ?? '', ds, c.locale);
  if (tool) return { command: tool.name, args: tool.args ?? {} };
  return routeToCommand(c.q, ds, c.locale);
}

export async function runLlm(
  ds: Dataset, cases: readonly GoldenCase[], opts: LlmRunOptions = {},
): Promise<{ results: CaseResult[]; summary: Summary; outcomes: AskOutcome[]; service?: EvalService }> {
  let fake: FakeOpenAI | undefined;
  if (!opts.live) fake = await startFakeOpenAI(goldenScript(cases, ds));
  const apiKey = opts.live?.apiKey ?? 'sk-eval-fake-key-000000';
  try {
    const config = parseConfig({
      OPENAI_API_KEY: apiKey,
      ...(fake ? { OPENAI_BASE_URL: fake.baseURL } : opts.live?.baseURL ? { OPENAI_BASE_URL: opts.live.baseURL } : {}),
      ...(opts.live?.model ? { OPENAI_MODEL: opts.live.model } : {}),
      ...(opts.live ? pick(process.env, ['OPENAI_STRICT_TOOLS', 'OPENAI_TIMEOUT_MS', 'OPENAI_MAX_RETRIES']) : { OPENAI_TIMEOUT_MS: '5000' }),
      LOG_LEVEL: 'silent',
    });
    const core = new CommandCore({ registry: createRegistry(), datasets: new DatasetHolder(ds), clock: () => opts.now ?? new Date('2026-11-29T09:00:00Z') });
    const service = createAskService({ config, log: createLogger(config), metrics: new Metrics(), core }, { userPerMinute: 10_000, channelPerMinute: 10_000 })!;
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
      const evidence = o.trace.evidenceTexts.map((t) => new Evidence(t, c.locale));
      const unsupportedFinal = o.trace.path === 'model' ? countUnsupported(o.reply.blocks.join('\n'), evidence, c.locale) : 0;
      results.push({
        id: c.id,
        kind: c.kind,
        locale: c.locale,
        routeOk: m.ok,
        got: `${o.trace.path}${o.trace.reason ? `(${o.trace.reason})` : ''} ${describeRoute(route)}`,
        refused: o.trace.path === 'refused',
        expectRefuse: 'refuse' in c.expect,
        ...citations(ds, c, o.reply, m.matched as RouteExpect | undefined),
        safe: !unsafeText(shown, [apiKey], fingerprints) && unsupportedFinal === 0,
        path: o.trace.path,
        modelCalls: o.trace.modelCalls,
        promptTokens: o.trace.promptTokens,
        completionTokens: o.trace.completionTokens,
        unsupportedFinal,
        removed: o.trace.removed.length,
        ...(c.plant ? { plantRemoved: !shown.includes('987,654') && (o.trace.removed.includes(PLANTED) || o.trace.path === 'fallback') } : {}),
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
