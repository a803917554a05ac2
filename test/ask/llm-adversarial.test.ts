// The adversarial corpus (test/ask/adversarial/corpus.ts): every planted model answer goes through
// the real openai client against the loopback fake server, the real registry and data/, and must be
// caught: the planted sentence dropped, or the whole answer replaced by the offline answer. The true
// answers the plants are made from must pass unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/dataset.js';
import { DatasetHolder } from '../../src/dataset/holder.js';
import { CommandCore } from '../../src/commands/core.js';
import { createRegistry } from '../../src/commands/index.js';
import { createLogger } from '../../src/ops/log.js';
import { Metrics } from '../../src/ops/metrics.js';
import { parseConfig } from '../../src/config.js';
import { createAskService, type AskOutcome } from '../../src/ask/llm/index.js';
import { startFakeOpenAI, text, toolResults, type FakeOpenAI } from '../fakes/openai/server.js';
import { PLANTS, SETTINGS, type Setting } from './adversarial/corpus.js';

let ds: Dataset;
let fake: FakeOpenAI;

beforeAll(async () => {
  const r = await loadDataset();
  if (!r.ok) throw new Error('dataset does not load');
  ds = r.dataset;
  fake = await startFakeOpenAI([]);
});
afterAll(async () => { await fake.close(); });

/** [[text]] / [[text|words]] → {{f:N}} of the first mark with that text (on a line containing the words). */
export function resolveMarks(answer: string, results: readonly string[]): string {
  const lines = results.flatMap((r) => r.split('\n'));
  return answer.replace(/\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g, (_m, want: string, near?: string) => {
    for (const line of lines) {
      if (near && !line.replace(/\{\{f:\d+=([^{}]*)\}\}/g, '$1').includes(near)) continue;
      for (const m of line.matchAll(/\{\{f:(\d+)=([^{}]*)\}\}/g)) if (m[2] === want) return `{{f:${m[1]}}}`;
    }
    throw new Error(`no mark "${want}" in the tool results`);
  });
}

interface Run { outcome: AskOutcome; sent: string; errors: string[] }

async function run(setting: Setting, answer: string, finish?: string): Promise<Run> {
  const errors: string[] = [];
  let sent = '';
  fake.script = (req) => {
    const results = toolResults(req.body);
    if (!results.length) return { kind: 'tools', calls: setting.calls.map((c) => ({ name: c.name, arguments: c.args })) };
    try {
      sent = resolveMarks(answer, results);
    } catch (e) {
      errors.push((e as Error).message);
      sent = answer;
    }
    return { ...text(sent), ...(finish ? { finishReason: finish } : {}) };
  };
  const config = parseConfig({ OPENAI_API_KEY: 'sk-adversarial-000000', OPENAI_BASE_URL: fake.baseURL, OPENAI_TIMEOUT_MS: '5000', LOG_LEVEL: 'silent' });
  // A fresh core per run: no answer cache carries over from one plant to the next.
  const core = new CommandCore({ registry: createRegistry(), datasets: new DatasetHolder(ds), clock: () => new Date('2026-11-29T09:00:00Z') });
  const service = createAskService({ config, log: createLogger(config), metrics: new Metrics(), core }, { userPerMinute: 10_000, channelPerMinute: 10_000 })!;
  const outcome = await service.answer(setting.q, core.context({ locale: setting.locale, channel: { platform: 'console', channelId: 'adv' } }));
  return { outcome, sent, errors };
}

describe('adversarial corpus', () => {
  it('holds at least 60 planted answers in English and German across many classes', () => {
    expect(PLANTS.length).toBeGreaterThanOrEqual(60);
    expect(PLANTS.filter((p) => p.setting.locale === 'de').length).toBeGreaterThanOrEqual(20);
    expect(new Set(PLANTS.map((p) => p.cls)).size).toBeGreaterThanOrEqual(30);
  });

  it.each(SETTINGS.map((s) => [`${s.locale}: ${s.q}`, s] as const))('passes the true answer: %s', async (_name, setting) => {
    const { outcome, errors } = await run(setting, setting.truth);
    expect(errors).toEqual([]);
    expect(outcome.trace.removed).toEqual([]);
    expect(outcome.trace.path).toBe('model');
    const shown = outcome.reply.blocks.join(' ');
    expect(shown).not.toMatch(/\{\{|\[\[/);
    expect(outcome.trace.refs.length).toBeGreaterThan(0);
    for (const r of outcome.trace.refs) expect(shown).toContain(r.text);
  });

  it.each(PLANTS.map((p) => [p.id, p] as const))('catches %s', async (_id, plant) => {
    const answer = plant.lie ? `${plant.setting.truth} ${plant.lie}` : plant.setting.truth;
    const { outcome, errors } = await run(plant.setting, answer, plant.finish);
    expect(errors).toEqual([]);
    if (plant.finish) {
      expect(outcome.trace).toMatchObject({ path: 'fallback', reason: plant.finish === 'length' ? 'truncated' : 'filtered' });
      return;
    }
    const lie = resolveMarks(plant.lie, outcome.trace.evidenceTexts);
    const caught = outcome.trace.path !== 'model' || outcome.trace.removed.some((d) => d.sentence === lie);
    expect(caught, JSON.stringify({ path: outcome.trace.path, removed: outcome.trace.removed, shown: outcome.reply.blocks })).toBe(true);
    // Whatever was caught, the true sentences of a kept answer are still there.
    if (outcome.trace.path === 'model') expect(outcome.trace.removed).toHaveLength(1);
  });
});
