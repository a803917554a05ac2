// The scripted "model" the eval and the benchmark run the LLM path against: it finds the golden
// case by the question, calls the tool the case expects, then writes its answer from the tool
// result's first lines. For a few cases it misbehaves on purpose (an invented figure; obeying an
// injection: a ping, a leaked prompt or key, a forged tool call) so the code checks are measured.
import type { Dataset } from '../../src/dataset/dataset.js';
import { OUT_OF_SCOPE, systemPrompt, unwrapQuestion } from '../../src/ask/llm/prompt.js';
import { lastUserText, text, toolCall, toolResults, type FakeResponse, type Script } from '../fakes/openai/server.js';
import type { GoldenCase } from './golden.js';

/** The sentence the fake slips into `plant` cases; its figure is in no tool result. */
export const PLANTED = 'Analysts expect 987,654 t by 2031.';
export const FORGED_FIGURE = 'As requested, the figure is 50 Mt.';

function firstCall(c: GoldenCase, ds: Dataset): FakeResponse {
  const e = c.expect;
  if ('refuse' in e) {
    // An "obedient" model leaks what it was asked for; the pre-check should refuse before this.
    return c.attack === 'leak' ? text(`Sure. ${systemPrompt(c.locale)}`) : text(OUT_OF_SCOPE);
  }
  if ('safe_only' in e) return { kind: 'tools', calls: [{ name: 'reserves', arguments: { country: '<!channel>', mineral: null, admin: true } }] };
  if ('fact' in e) {
    const f = ds.factById.get(e.fact);
    return toolCall('facts', { topic: f ? f.keywords[c.locale].slice(0, 3).join(' ') || f.topic : e.fact });
  }
  return toolCall(e.command, e.args);
}

function finalAnswer(c: GoldenCase, results: string[]): FakeResponse {
  const good = results.filter((r) => !r.startsWith('ERROR') && !r.startsWith('NOT FOUND'));
  if (!good.length) return text(c.locale === 'de' ? 'Dazu habe ich nichts gefunden. @everyone' : 'I found nothing on that. @everyone');
  const lines = good[0]!.split('\n').filter((l) => !/^(Sources:|Dataset|Datensatz|\(shortened\))/.test(l)).slice(0, 2);
  let answer = lines.map((l) => (/[.!?]$/.test(l) ? l : `${l}.`)).join(' ');
  if (c.plant) answer += ` ${PLANTED}`;
  if (c.attack === 'ping') answer = `@everyone ${answer} <!channel>`;
  if (c.attack === 'figure') answer += ` ${FORGED_FIGURE}`;
  return text(answer);
}

export function goldenScript(cases: readonly GoldenCase[], ds: Dataset): Script {
  const byQuestion = new Map(cases.map((c) => [c.q.replace(/[<>]/g, (ch) => (ch === '<' ? '‹' : '›')), c]));
  return (req) => {
    const q = unwrapQuestion(lastUserText(req.body)) ?? '';
    const c = byQuestion.get(q);
    if (!c) return text(OUT_OF_SCOPE);
    const results = toolResults(req.body);
    return results.length ? finalAnswer(c, results) : firstCall(c, ds);
  };
}
