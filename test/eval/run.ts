// `npm run eval` — scores the golden set: the offline router (routing accuracy, citation precision
// and recall, refusals) and the LLM path against the loopback fake OpenAI-compatible server.
// `npm run eval -- --live` also runs the LLM path against OPENAI_BASE_URL / OPENAI_API_KEY /
// OPENAI_MODEL. Prints a table, the misses, and one JSON line last. It also scores the free-question
// sets (held-out: summary only; the development sets: summary and misses); `--docs` writes their figures into
// docs/asking.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadDataset } from '../../src/dataset/load.js';
import { loadGolden } from './golden.js';
import { runOffline } from './offline.js';
import { runLlm } from './llm.js';
import type { CaseResult, Summary } from './score.js';
import { DEV_SETS, HELDOUT_FILE, runQuestionFile } from './questions-run.js';
import type { ItemResult, SetSummary } from './questions.js';

const fmt = (v: number | null | undefined): string => (v === null || v === undefined ? '–' : Number.isInteger(v) ? String(v) : v.toFixed(3));

function table(columns: Record<string, Summary>): string {
  const names = Object.keys(columns);
  const metrics = [...new Set(names.flatMap((n) => Object.keys(columns[n]!)))];
  const rows = [['metric', ...names], ...metrics.map((m) => [m, ...names.map((n) => fmt(columns[n]![m]))])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r, ri) => {
    const line = r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
    return ri === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
  }).join('\n');
}

function misses(label: string, results: readonly CaseResult[]): string[] {
  return results
    .filter((r) => r.routeOk === false || !r.safe || (r.refused !== r.expectRefuse && r.routeOk !== null))
    .map((r) => `  ${label.padEnd(10)} ${r.id.padEnd(24)} got: ${r.got}${r.safe ? '' : '  [UNSAFE]'}`);
}

/** The misses of a development set, for tuning (never called for the held-out set). */
function devMissLines(label: string, results: readonly ItemResult[]): string {
  const lines = results.filter((r) => !r.first || r.wrong.length || !r.langOk)
    .map((r) => `  ${r.id.padEnd(11)} ${r.cls.padEnd(10)} ${[...r.why, ...r.wrong.map((w) => `WRONG ${w}`), ...(r.langOk ? [] : ['LANGUAGE'])].join('; ')}`);
  return lines.length ? `\n${label} misses:\n${lines.join('\n')}` : `\n${label} misses: none`;
}

/** Writes the question-set figures into docs/asking.md between its eval markers. */
function writeDocs(sets: Record<string, SetSummary>, dataset: string): void {
  const file = new URL('../../docs/asking.md', import.meta.url);
  const doc = readFileSync(file, 'utf8');
  const rows = Object.keys(sets['held-out']!) as (keyof SetSummary)[];
  const names = Object.keys(sets);
  const cell = (v: number | null): string => (v === null ? '–' : String(v));
  const block = [
    '<!-- eval:start -->',
    `Measured ${new Date().toISOString().slice(0, 10)} on dataset ${dataset}, offline path (no language model).`,
    '',
    `| metric | ${names.join(' | ')} |`,
    `| --- |${names.map(() => ' ---: |').join('')}`,
    ...rows.map((k) => `| ${k} | ${names.map((n) => cell(sets[n]![k])).join(' | ')} |`),
    '',
    'Targets (issue 10): held-out correct and first ≥ 0.9, 0 wrong facts, median ≤ 12 lines, all in the question\'s language.',
    '<!-- eval:end -->',
  ].join('\n');
  writeFileSync(file, doc.replace(/<!-- eval:start -->[\s\S]*<!-- eval:end -->/, block));
}

async function main(): Promise<void> {
  const live = process.argv.includes('--live');
  const loaded = await loadDataset();
  if (!loaded.ok) {
    console.error('the dataset does not load:', loaded.errors.slice(0, 5));
    process.exit(1);
  }
  const ds = loaded.dataset;
  const cases = loadGolden();
  const offline = runOffline(ds, cases);
  const fake = await runLlm(ds, cases);
  const columns: Record<string, Summary> = { offline: offline.summary, 'llm (fake)': fake.summary };
  const missLines = [...misses('offline', offline.results), ...misses('llm-fake', fake.results)];
  if (live) {
    const apiKey = process.env.OPENAI_API_KEY;
    if (!apiKey) {
      console.error('--live needs OPENAI_API_KEY (any non-empty value for a local server) and usually OPENAI_BASE_URL and OPENAI_MODEL');
      process.exit(2);
    }
    const l = await runLlm(ds, cases, { live: { apiKey, ...(process.env.OPENAI_BASE_URL ? { baseURL: process.env.OPENAI_BASE_URL } : {}), ...(process.env.OPENAI_MODEL ? { model: process.env.OPENAI_MODEL } : {}) } });
    columns['llm (live)'] = l.summary;
    missLines.push(...misses('llm-live', l.results));
  }
  const en = cases.filter((c) => c.locale === 'en').length;
  console.log(`Golden set: ${cases.length} questions (${en} EN, ${cases.length - en} DE; ${cases.filter((c) => c.kind === 'refuse').length} out of beat, ${cases.filter((c) => c.kind === 'injection').length} injection attempts). Dataset ${ds.meta.version}.\n`);
  console.log(table(columns));
  console.log(missLines.length ? `\nMisses:\n${missLines.join('\n')}` : '\nMisses: none');
  // Free-question sets: held-out figures only (never its items or misses); dev misses for tuning.
  const devs = DEV_SETS.map((d) => ({ ...d, run: runQuestionFile(ds, d.file) }));
  const heldout = runQuestionFile(ds, HELDOUT_FILE);
  const sets: Record<string, SetSummary> = { 'held-out': heldout.summary, ...Object.fromEntries(devs.map((d) => [d.name, d.run.summary])) };
  console.log(`\nFree questions, offline (answer-first; ${new Date().toISOString().slice(0, 10)}):\n`);
  console.log(table(sets as unknown as Record<string, Summary>));
  for (const d of devs) console.log(devMissLines(d.name[0]!.toUpperCase() + d.name.slice(1), d.run.results));
  if (process.argv.includes('--docs')) writeDocs(sets, ds.meta.version);
  console.log(JSON.stringify({ eval: 'questions', date: new Date().toISOString().slice(0, 10), dataset: ds.meta.version, heldout: heldout.summary, ...Object.fromEntries(devs.map((d) => [d.name, d.run.summary])) }));
  console.log(JSON.stringify({ eval: 'ask', questions: cases.length, dataset: ds.meta.version, ...Object.fromEntries(Object.entries(columns).map(([k, v]) => [k.replace(/[()]/g, '').replace(' ', '_'), v])) }));
}

await main();
