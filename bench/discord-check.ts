// A tool for performance work on the Discord adapter's own share of an answer, not a benchmark (no
// default export, so `npm run bench -- all` skips it). It answers every corpus input once through the
// core as a Discord command would (reply cache off, fixed clock), then renders the replies and turns
// them into callback bodies the way the adapter does, and either stores those bodies or compares
// them with bodies stored before a change, so an optimisation is proven not to change a byte:
//
//   npx tsx bench/discord-check.ts write /tmp/before.json   # on the old code
//   npx tsx bench/discord-check.ts check /tmp/before.json   # on the new code: exits 1 on any difference
//   npx tsx bench/discord-check.ts cpu [passes]             # CPU µs per reply: render, callback body
//
// The core's own time is left out of `cpu` (the replies are computed once, before the passes).
import { readFileSync, writeFileSync } from 'node:fs';
import { loadDataset, defaultDataDir } from '../src/dataset/load.js';
import { DatasetHolder } from '../src/dataset/holder.js';
import { createRegistry } from '../src/commands/index.js';
import { CommandCore } from '../src/commands/core.js';
import type { Reply } from '../src/reply/model.js';
import { renderReply } from '../src/adapters/discord/render.js';
import { callbackBody } from '../src/adapters/discord/responder.js';
import { buildCorpus } from './corpus.js';
import { median } from './rounds.js';

const NOW = new Date('2026-12-01T18:00:00Z');
const CHART_URL = 'https://lodestone.bench.invalid/charts/0123456789abcdef.png';

async function main(): Promise<number> {
  const [mode = 'cpu', arg] = process.argv.slice(2);
  const loaded = await loadDataset(defaultDataDir());
  if (!loaded.ok) throw new Error(`dataset invalid: ${loaded.errors.length} errors`);
  const corpus = buildCorpus(loaded.dataset);
  const core = new CommandCore({ registry: createRegistry(), datasets: new DatasetHolder(loaded.dataset), replyCacheEntries: 0, clock: () => NOW });
  const replies: Reply[] = [];
  for (const c of corpus) {
    replies.push(await core.run(c.command, c.args, {
      locale: c.locale, localeExplicit: true,
      channel: { platform: 'discord', channelId: '100000000000000001', workspaceId: '100000000000000002' },
      actor: { platform: 'discord', userId: '100000000000000003', canManageChannel: false },
    }));
  }
  const bodies = (r: Reply): string[] => renderReply(r, r.chart ? { chartUrl: CHART_URL } : {}).map((m) => callbackBody(m).toString('utf8'));

  if (mode === 'write' || mode === 'check') {
    if (!arg) throw new Error(`usage: discord-check ${mode} FILE`);
    const out: Record<string, string[]> = {};
    corpus.forEach((c, i) => (out[`${c.locale}\u0000${c.command}\u0000${JSON.stringify(c.args)}`] = bodies(replies[i]!)));
    if (mode === 'write') {
      writeFileSync(arg, JSON.stringify(out));
      process.stdout.write(`${Object.keys(out).length} renderings written to ${arg}\n`);
      return 0;
    }
    const before = JSON.parse(readFileSync(arg, 'utf8')) as Record<string, string[]>;
    let differ = 0;
    for (const k of new Set([...Object.keys(before), ...Object.keys(out)])) {
      if (JSON.stringify(before[k]) === JSON.stringify(out[k])) continue;
      if (++differ <= 10) process.stdout.write(`DIFF ${JSON.stringify(k)}\n  before ${JSON.stringify(before[k])}\n  after  ${JSON.stringify(out[k])}\n`);
    }
    process.stdout.write(`${Object.keys(out).length} inputs, ${differ} differ\n`);
    return differ ? 1 : 0;
  }

  const passes = Math.max(2, Number(arg ?? 8));
  const render: number[] = [];
  const wire: number[] = [];
  for (let p = 0; p < passes; p++) {
    let t0 = process.cpuUsage();
    const rendered = replies.map((r) => renderReply(r, r.chart ? { chartUrl: CHART_URL } : {}));
    let cpu = process.cpuUsage(t0);
    render.push((cpu.user + cpu.system) / replies.length);
    t0 = process.cpuUsage();
    for (const ms of rendered) for (const m of ms) callbackBody(m);
    cpu = process.cpuUsage(t0);
    wire.push((cpu.user + cpu.system) / replies.length);
  }
  const warm = (xs: number[]): number => Math.round(median(xs.slice(1)) * 10) / 10;
  process.stdout.write(`${JSON.stringify({ inputs: replies.length, render_cpu_us: warm(render), body_cpu_us: warm(wire), render_passes: render.map(Math.round) })}\n`);
  return 0;
}

main().then((code) => process.exit(code), (err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
