// What one question went through: the path, model calls and tokens, tools, the references the
// answer used and the sentences dropped. Logged in part, shown in full by `lodestone ask --json`,
// read by the eval and the benchmark.
import type { Args } from '../../commands/types.js';
import type { Reply } from '../../reply/model.js';
import type { Dropped } from './answer.js';
import type { ComposeFailure } from './compose.js';
import type { ModelFailure } from './model.js';
import type { Measure, Ref } from './refs.js';

export type AskPath = 'model' | 'fallback' | 'refused' | 'cache' | 'rate_limited';

export interface ToolRun {
  name: string;
  args?: Args;
  ok: boolean;
  error?: string;
}

export interface AskTrace {
  path: AskPath;
  reason?: ModelFailure | ComposeFailure | 'cooldown' | 'no_tool' | 'loop' | 'off_beat' | 'reveal' | 'out_of_scope' | 'truncated' | 'filtered';
  modelCalls: number;
  promptTokens: number;
  completionTokens: number;
  tools: ToolRun[];
  /** Sentences the checker removed from the model's answer, and why. */
  removed: Dropped[];
  /** The references the shown answer used, as rendered from the dataset. */
  refs: ResolvedRef[];
  /** The tool results of this turn, as the model saw them. */
  evidenceTexts: string[];
  /** The model's final text before checking (the eval and `lodestone ask --json` show it). */
  modelText?: string;
  override: boolean;
}

export interface ResolvedRef {
  ref: string;
  text: string;
  kind: Ref['kind'];
  subjects: Record<string, string[]>;
  measure?: Measure;
  editions: string[];
  sources: string[];
}

export function resolved(r: Ref): ResolvedRef {
  const subjects = Object.fromEntries(Object.entries(r.subjects).filter(([, v]) => v.size).map(([k, v]) => [k, [...v]]));
  return {
    ref: `f:${r.id}`, text: r.text, kind: r.kind, subjects, ...(r.measure ? { measure: r.measure } : {}),
    editions: r.editions.map((e) => e.label), sources: r.sources.map((x) => x.id),
  };
}


export interface AskOutcome {
  reply: Reply;
  trace: AskTrace;
}
