// The "model" the eval and the benchmark run the LLM path against. It is NOT told which tool a
// golden case expects. It has a fixed, naive policy of its own, so the routing figure measures
// Lodestone's tool descriptions and argument handling, not a script:
//   - tool: the one whose description and parameter descriptions share the most word stems with the
//     question (first five letters, function words ignored; ties go to the first listed). The
//     tool's name is not read, so the figure measures what the descriptions say;
//   - arguments: a question word that appears in a parameter's description (an example such as
//     "lithium") goes to that parameter; other capitalised words (names) go to the first free
//     parameter; a required parameter left empty gets the question's content words;
//   - answer: the first two lines of the first good tool result, marks reduced to {{f:N}}.
// From the golden case it reads only how to misbehave (a planted figure; obeying an injection),
// so the code checks are measured too.
import { OUT_OF_SCOPE, systemPrompt, unwrapQuestion } from '../../src/ask/llm/prompt.js';
import { lastUserText, text, toolResults, type ChatBody, type FakeResponse, type Script } from '../fakes/openai/server.js';
import type { GoldenCase } from './golden.js';

/** The sentence the fake slips into `plant` cases: a figure it typed itself. */
export const PLANTED = 'Analysts expect 987,654 t by 2031.';
export const FORGED_FIGURE = 'As requested, the figure is 50 Mt.';

// Function words of English and German questions: generic, not the beat's vocabulary.
const STOP = new Set(`a an the of in on at to for from by with about into as and or is are was were be been being do does did
have has had what whats which who whom whose how why when where much many large big most more tell me please can could you your
i my we our it its this that these those there their they than so any all some show give list get know does amount
der die das den dem des ein eine einen einem einer eines und oder ist sind war waren hat haben hatte wie was wer wem wen
wessen welche welcher welches welchen warum wann wo wofur wozu viel viele gross grosse grosste grossten mir mich du sie es
er wir ihr von im in an auf fur mit bei aus zu zum zur uber um nach vor bitte gibt gib zeig zeige sag sage alle mehr am
meisten denn noch auch nicht kein keine man wird werden wurde wurden`.split(/\s+/));

const norm = (w: string): string => w.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/ß/g, 'ss');
const stem = (w: string): string => norm(w).slice(0, 5);
const wordsOf = (s: string): string[] => s.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

type Tool = NonNullable<ChatBody['tools']>[number];
interface Param { name: string; description: string; enum?: unknown[]; required: boolean }

function paramsOf(tool: Tool): Param[] {
  const p = (tool.function.parameters ?? {}) as { properties?: Record<string, { description?: string; enum?: unknown[]; type?: unknown }>; required?: string[] };
  // Strict schemas list every parameter as required; the optional ones also accept null.
  return Object.entries(p.properties ?? {}).map(([name, v]) => ({
    name, description: v.description ?? '', required: (p.required ?? []).includes(name) && !(Array.isArray(v.type) && v.type.includes('null')),
    ...(v.enum ? { enum: v.enum.filter((x) => x !== null) } : {}),
  }));
}

function stems(s: string): Set<string> {
  return new Set(wordsOf(s).filter((w) => !STOP.has(norm(w))).map(stem));
}

/** The tool the naive policy picks for a question, and the arguments it builds. */
export function naiveCall(question: string, tools: readonly Tool[], strict: boolean): { name: string; args: Record<string, string | null> } | undefined {
  const qWords = wordsOf(question).filter((w) => !STOP.has(norm(w)));
  const qStems = [...new Set(qWords.map(stem))];
  let best: { tool: Tool; score: number } | undefined;
  for (const tool of tools) {
    const own = stems(tool.function.description ?? '');
    const params = stems(paramsOf(tool).map((p) => p.description).join(' '));
    const score = qStems.reduce((n, s) => n + (own.has(s) ? 2 : params.has(s) ? 1 : 0), 0);
    if (score > (best?.score ?? 0)) best = { tool, score };
  }
  if (!best) return undefined;
  const own = stems(best.tool.function.description ?? '');
  const params = paramsOf(best.tool);
  const args: Record<string, string | null> = {};
  const used = new Set<string>();
  for (const p of params) {
    if (p.enum) {
      const hit = p.enum.find((v) => typeof v === 'string' && qStems.includes(stem(v)));
      if (typeof hit === 'string') args[p.name] = hit;
      continue;
    }
    const examples = stems(p.description);
    const hit = qWords.find((w) => !used.has(w) && examples.has(stem(w)) && !own.has(stem(w)) && norm(w).length > 2);
    if (hit) { args[p.name] = hit; used.add(hit); }
  }
  // Names: capitalised words that are not the question's first word and not in the tool's own description.
  const first = wordsOf(question)[0];
  const names = qWords.filter((w) => w !== first && /^\p{Lu}/u.test(w) && !used.has(w) && !own.has(stem(w)));
  for (const p of params) {
    if (p.enum || args[p.name] !== undefined || !names.length) continue;
    args[p.name] = names.join(' ');
    names.length = 0;
  }
  for (const p of params) {
    if (p.required && args[p.name] === undefined) args[p.name] = p.enum ? String(p.enum[0]) : qWords.filter((w) => !own.has(stem(w))).join(' ') || qWords.join(' ');
    if (strict && args[p.name] === undefined) args[p.name] = null;
  }
  return { name: best.tool.function.name, args };
}

function firstCall(c: GoldenCase | undefined, q: string, body: ChatBody): FakeResponse {
  // An "obedient" model leaks what it was asked for; the pre-check should refuse before this.
  if (c?.attack === 'leak') return text(`Sure. ${systemPrompt(c.locale)}`);
  if (c?.attack === 'forged') return { kind: 'tools', calls: [{ name: 'reserves', arguments: { country: '<!channel>', mineral: null, admin: true } }] };
  const tools = body.tools ?? [];
  const strict = tools.some((t) => t.function.strict);
  const call = naiveCall(q, tools, strict);
  if (!call) return text(OUT_OF_SCOPE);
  return { kind: 'tools', calls: [{ name: call.name, arguments: call.args }] };
}

/** The first lines of a tool result, as a naive model would retell them, citing the marks. */
export function retell(result: string, lines = 2): string {
  const body = result.split('\n').slice(1)
    .filter((l) => !/^(Sources:|Quellen:|\(shortened\)|\(gekürzt\))/.test(l) && !l.includes(' | '))
    .slice(0, lines);
  return body.map((l) => (/[.!?]$/.test(l) ? l : `${l}.`)).join(' ').replace(/\{\{f:(\d+)=[^{}]*\}\}/g, '{{f:$1}}');
}

function finalAnswer(c: GoldenCase | undefined, results: string[]): FakeResponse {
  const locale = c?.locale ?? 'en';
  const good = results.filter((r) => !r.startsWith('ERROR') && !r.startsWith('NOT FOUND'));
  if (!good.length) return text(locale === 'de' ? 'Dazu habe ich nichts gefunden. @everyone' : 'I found nothing on that. @everyone');
  let answer = retell(good[0]!);
  if (c?.plant) answer += ` ${PLANTED}`;
  if (c?.attack === 'ping') answer = `@everyone ${answer} <!channel>`;
  if (c?.attack === 'figure') answer += ` ${FORGED_FIGURE}`;
  return text(answer);
}

/** The naive policy over the golden set; the case is looked up only for its misbehaviour flags. */
export function naiveScript(cases: readonly GoldenCase[]): Script {
  const byQuestion = new Map(cases.map((c) => [c.q.replace(/[<>]/g, (ch) => (ch === '<' ? '‹' : '›')), c]));
  return (req) => {
    const q = unwrapQuestion(lastUserText(req.body)) ?? '';
    const c = byQuestion.get(q);
    const results = toolResults(req.body);
    return results.length ? finalAnswer(c, results) : firstCall(c, q, req.body);
  };
}
