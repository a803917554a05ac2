// `npm run bench -- ask`: the LLM path over the golden set against the loopback fake
// OpenAI-compatible server, driven by the naive fake policy of test/eval/fake-model.ts (it picks
// tools by word overlap with their descriptions and is not told the expected tool; tokens counted
// as ceil(chars / 4) of the request's messages + tools). Beside it, in the same run, two baselines: a bare openai-client call to the
// same server (the floor any model path pays) and the offline router answering the same questions.
// Targets: median model calls <= 2, median prompt tokens <= 2,500, unsupported figures in final answers 0.
import OpenAI from 'openai';
import { loadDataset } from '../src/dataset/load.js';
import { answerOffline } from '../src/ask/router.js';
import { startFakeOpenAI, text } from '../test/fakes/openai/server.js';
import { loadGolden } from '../test/eval/golden.js';
import { runLlm } from '../test/eval/llm.js';
import { median } from '../test/eval/score.js';

const round = (x: number | null, digits = 3): number | null => (x === null ? null : Number(x.toFixed(digits)));

async function bareCallMs(calls: number): Promise<number | null> {
  const fake = await startFakeOpenAI(() => text('ok'));
  try {
    const client = new OpenAI({ apiKey: 'sk-bench', baseURL: fake.baseURL, maxRetries: 0 });
    const times: number[] = [];
    for (let i = 0; i < calls; i++) {
      const t = performance.now();
      await client.chat.completions.create({ model: 'fake', messages: [{ role: 'user', content: 'ping' }] });
      times.push(performance.now() - t);
    }
    return median(times);
  } finally {
    await fake.close();
  }
}

export default async function run(): Promise<Record<string, unknown>> {
  const loaded = await loadDataset();
  if (!loaded.ok) throw new Error('the dataset does not load; run `lodestone data check`');
  const ds = loaded.dataset;
  const cases = loadGolden();

  const started = performance.now();
  const { results, outcomes, service } = await runLlm(ds, cases, { keepService: true });
  const perQuestionMs = (performance.now() - started) / cases.length;
  const called = results.filter((r) => (r.modelCalls ?? 0) > 0);

  // The same questions again: every answer the model gave is now a cache hit.
  const hits: number[] = [];
  for (const [i, c] of cases.entries()) {
    if (outcomes[i]!.trace.path !== 'model') continue;
    const t = performance.now();
    const again = await service!.answer(c.q, service!.contextFor(c));
    const ms = performance.now() - t;
    if (again.trace.path === 'cache') hits.push(ms);
  }

  await service!.close();

  const offline: number[] = [];
  for (const c of cases) {
    const t = performance.now();
    answerOffline(c.q, { locale: c.locale, now: new Date('2026-11-29T09:00:00Z'), dataset: ds, services: {} });
    offline.push(performance.now() - t);
  }

  return {
    bench: 'ask',
    questions: cases.length,
    policy: 'naive',
    answered_by_model: called.filter((r) => r.path === 'model').length,
    median_model_calls: median(called.map((r) => r.modelCalls ?? 0)),
    median_prompt_tokens: median(called.map((r) => r.promptTokens ?? 0)),
    median_completion_tokens: median(called.map((r) => r.completionTokens ?? 0)),
    unsupported_figures: results.reduce((n, r) => n + (r.unsupportedFinal ?? 0), 0),
    sentences_removed: results.reduce((n, r) => n + (r.removed ?? 0), 0),
    mean_question_ms: round(perQuestionMs),
    baseline_bare_call_ms: round(await bareCallMs(50)),
    offline_median_ms: round(median(offline)),
    cache_hits: hits.length,
    cache_hit_ms: round(median(hits)),
  };
}
