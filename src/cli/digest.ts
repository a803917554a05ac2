// `lodestone digest preview [--channel ID] [--locale en|de] [--date YYYY-MM-DD] [--tz ZONE]
// [--chart FILE]` — prints the digest (and any summit briefings) a channel would get on a date,
// without posting or recording anything. Exit: 0 printed, 1 dataset/store problem, 2 usage error.
// Heavy modules load inside the action, so other `lodestone` commands stay fast.
import type { Command } from 'commander';

export interface DigestPreviewOptions {
  channel?: string;
  locale?: string;
  date?: string;
  tz?: string;
  chart?: string;
}

export interface DigestIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  now?: Date;
}

const realDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

export async function runDigestPreview(opts: DigestPreviewOptions, io: DigestIo): Promise<number> {
  const fail = (msg: string, code = 2): number => { io.stderr.write(`lodestone digest preview: ${msg}\n`); return code; };
  const locale = opts.locale?.trim().toLowerCase();
  if (locale !== undefined && locale !== 'en' && locale !== 'de') return fail(`--locale must be en or de (got "${opts.locale!.slice(0, 20)}")`);
  if (opts.date !== undefined && !realDate(opts.date)) return fail(`--date must be a real date written YYYY-MM-DD (got "${opts.date.slice(0, 20)}")`);

  const [{ parseConfig, ConfigError }, { loadDataset, defaultDataDir }, schedule, { buildDigest }, summit, { renderText }, { pino }] = await Promise.all([
    import('../config.js'), import('../dataset/load.js'), import('../briefings/schedule.js'), import('../briefings/digest.js'),
    import('../briefings/summit.js'), import('../reply/text.js'), import('pino'),
  ]);
  let config;
  try {
    config = parseConfig(io.env);
  } catch (e) {
    return fail(e instanceof ConfigError ? e.message : String(e), 1);
  }
  let timezone = schedule.canonicalZone(config.DIGEST_DEFAULT_TZ) ?? 'UTC';
  if (opts.tz !== undefined) {
    const z = schedule.canonicalZone(opts.tz);
    if (!z) return fail(`--tz must be an IANA time zone such as Europe/Berlin (got "${opts.tz.slice(0, 40)}")`);
    timezone = z;
  }
  const dir = config.LODESTONE_DATA_DIR ?? defaultDataDir();
  const loaded = await loadDataset(dir);
  if (!loaded.ok) return fail(`the dataset in ${dir} is invalid (${loaded.errors.length} errors); lodestone data check lists them`, 1);
  const ds = loaded.dataset;

  let lang: 'en' | 'de' = (locale as 'en' | 'de' | undefined) ?? config.LODESTONE_LOCALE;
  let previous: import('../briefings/digest-changes.js').PreviousDigest | null = null;
  let date = opts.date;
  if (opts.channel !== undefined) {
    const log = pino({ level: 'silent' });
    const [{ openStore }, { ContentBuilder }] = await Promise.all([import('../store/index.js'), import('../briefings/content.js')]);
    let store;
    try {
      store = await openStore(config, log);
    } catch (e) {
      return fail(`cannot open the store (${e instanceof Error ? e.message : String(e)})`, 1);
    }
    try {
      const sub = (await store.listSubscriptions({ channelId: opts.channel })).find((s) => s.status !== 'off');
      if (!sub) return fail(`channel ${opts.channel.slice(0, 40)} has no digest subscription (lodestone digest preview without --channel shows the default digest)`, 1);
      timezone = opts.tz !== undefined ? timezone : sub.timezone;
      lang = (locale as 'en' | 'de' | undefined) ?? sub.locale;
      date ??= schedule.localDate(io.now ?? new Date(), timezone);
      previous = await new ContentBuilder({ store, log }).previous(sub, date, ds);
    } finally {
      await store.close();
    }
  }
  date ??= schedule.localDate(io.now ?? new Date(), timezone);

  const digest = buildDigest({ dataset: ds, date, locale: lang, timezone, previous }).reply;
  const out = [renderText(digest)];
  for (const p of summit.editionsFor(ds, date, previous?.fingerprint ?? null)) {
    const ev = p.eventId ? ds.eventById.get(p.eventId) : undefined;
    if (p.kind !== 'digest' && p.kind !== 'update' && ev) out.push(renderText(summit.buildSummitBriefing(ds, ev, p.kind, date, lang)));
  }
  io.stdout.write(`${out.join('\n\n----------------------------------------\n\n')}\n`);
  if (opts.chart && digest.chart) {
    const [{ renderChartPng }, { writeFile }] = await Promise.all([import('../charts/index.js'), import('node:fs/promises')]);
    await writeFile(opts.chart, await renderChartPng(digest.chart));
    io.stderr.write(`chart written to ${opts.chart}\n`);
  }
  return 0;
}

export function registerDigest(program: Command): void {
  const digest = program.command('digest').description('Daily digests and summit briefings');
  digest
    .command('preview')
    .description('Print the digest (and summit briefings) for a date without posting or recording anything')
    .option('--channel <id>', 'use this subscribed channel\'s language, time zone and last digest (for "what changed")')
    .option('--locale <locale>', 'en or de (default: the channel\'s, else LODESTONE_LOCALE)')
    .option('--date <YYYY-MM-DD>', 'edition date (default: today in the channel\'s or default time zone)')
    .option('--tz <zone>', 'IANA time zone for "today" (default: the channel\'s, else DIGEST_DEFAULT_TZ)')
    .option('--chart <file>', 'also write the digest chart as PNG to this file')
    .addHelpText('after', '\nExamples:\n  lodestone digest preview\n  lodestone digest preview --locale de --date 2025-10-29\n  lodestone digest preview --channel C0123456789 --chart digest.png\n')
    .action(async (opts: DigestPreviewOptions) => {
      process.exitCode = await runDigestPreview(opts, { stdout: process.stdout, stderr: process.stderr, env: process.env });
    });
}
