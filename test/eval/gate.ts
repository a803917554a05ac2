// The CI gate's floors, in one place: the gate itself (eval.test.ts) and the mutation tests that
// prove it can fail read the same list.
import type { Summary } from './score.js';

type Check = [name: string, ok: (s: Summary) => boolean];

const atLeast = (key: string, floor: number): Check => [`${key} >= ${floor}`, (s) => (s[key] ?? -1) >= floor];
const atMost = (key: string, ceiling: number): Check => [`${key} <= ${ceiling}`, (s) => s[key] !== null && s[key] !== undefined && s[key] <= ceiling];
const exactly = (key: string, value: number): Check => [`${key} = ${value}`, (s) => s[key] === value];

/**
 * The LLM path against the naive fake model. Routing and citation floors sit a little under the
 * figures measured when they were set (docs/llm.md), so a real regression fails.
 */
export const LLM_GATE: Check[] = [
  exactly('unsupported_final', 0),
  exactly('planted_removed', 1),
  exactly('refusal_accuracy', 1),
  exactly('false_refusals', 0),
  atLeast('routing_accuracy', 0.45),
  atLeast('citation_precision', 0.8),
  // Fallbacks are the offline answer, answer-first since issue 10: they cite what they state, not
  // every record of the full card (0.99 with card fallbacks; 0.80 measured with answer-first ones).
  atLeast('citation_recall', 0.75),
  atMost('median_model_calls', 2),
  atMost('median_prompt_tokens', 2500),
];

/** The names of the checks a summary fails (empty: the gate is green). */
export function gateFailures(summary: Summary, gate: readonly Check[] = LLM_GATE): string[] {
  return gate.filter(([, ok]) => !ok(summary)).map(([name]) => `${name} (got ${summary[name.split(' ')[0]!] ?? 'none'})`);
}
