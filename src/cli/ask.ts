// `lodestone ask "<text>" [--locale en|de] [--json] [--offline]` — one command or question, answered
// from the bundled dataset, then exit: 0 answered (a "not found" answer included), 1 the dataset is
// invalid, 2 usage error. With OPENAI_API_KEY (and OPENAI_BASE_URL for a compatible server) set, a
// question goes to the language model as in the bots; --offline forces the offline answer. Heavy
// modules load only inside the action, so `lodestone ask` starts fast.
import type { Command } from 'commander';
import type { AskService } from '../ask/llm/index.js';
import type { CommandCore } from '../commands/core.js';
import { formatDataError } from '../dataset/errors.js';

export interface AskOptions {
  locale?: string;
  json?: boolean;
  offline?: boolean;
}

// The settings the model path reads; anything else in the environment (Slack, Discord) is not
// needed to answer one question, and a half-configured bot must not stop it.
const MODEL_SETTINGS = /^(?:OPENAI_[A-Z_]+|ASK_[A-Z_]+|LOG_LEVEL)$/;

export interface AskIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

/** Runs one ask and returns the exit code (exported for tests; the CLI action calls it). */
export async function runAsk(words: readonly string[], opts: AskOptions, io: AskIo): Promise<number> {
  const text = words.join(' ').trim();
  if (!text) {
    io.stderr.write('lodestone ask: nothing to answer. Usage: lodestone ask "<command or question>" [--locale en|de] [--json]\n'
      + '  e.g. lodestone ask "/reserves china"   lodestone ask "Wie groß sind die Reserven von Brasilien?"\n');
    return 2;
  }
  const locale = opts.locale?.trim().toLowerCase();
  if (locale !== undefined && locale !== 'en' && locale !== 'de') {
    io.stderr.write(`lodestone ask: --locale must be en or de (got "${opts.locale!.slice(0, 20)}").\n`);
    return 2;
  }
  const envLocale = io.env.LODESTONE_LOCALE?.trim().toLowerCase();
  const fallback = envLocale === 'de' ? 'de' : 'en';

  const [{ loadDataset, defaultDataDir }, { DatasetHolder }, { createRegistry }, { CommandCore }, { renderText }] = await Promise.all([
    import('../dataset/load.js'),
    import('../dataset/holder.js'),
    import('../commands/index.js'),
    import('../commands/core.js'),
    import('../reply/text.js'),
  ]);
  const dir = io.env.LODESTONE_DATA_DIR?.trim() || defaultDataDir();
  const loaded = await loadDataset(dir);
  if (!loaded.ok) {
    io.stderr.write(`lodestone ask: the dataset in ${dir} is invalid (${loaded.errors.length} error${loaded.errors.length === 1 ? '' : 's'}):\n`);
    for (const e of loaded.errors.slice(0, 50)) io.stderr.write(`  ${formatDataError(e)}\n`);
    if (loaded.errors.length > 50) io.stderr.write(`  … and ${loaded.errors.length - 50} more (lodestone data check lists them all)\n`);
    return 1;
  }
  // /brief and /digest preview work here too, built from the dataset for today in DIGEST_DEFAULT_TZ
  // (read with the same rules as the setting; an unusable value falls back to the default zone).
  const [{ standaloneDigests }, { normalizeTimezone }] = await Promise.all([import('../briefings/standalone.js'), import('../commands/digest-input.js')]);
  const timezone = normalizeTimezone(io.env.DIGEST_DEFAULT_TZ?.trim() || 'Europe/Berlin') ?? 'Europe/Berlin';
  const core = new CommandCore({ registry: createRegistry(), datasets: new DatasetHolder(loaded.dataset), services: { digests: standaloneDigests({ timezone }) } });
  let trace: Record<string, unknown> = { path: 'offline', reason: opts.offline ? 'forced' : 'no model configured' };
  if (!opts.offline && io.env.OPENAI_API_KEY?.trim()) {
    const model = await modelAsk(io, core);
    if (!model.ok) return 2;
    core.services = {
      ...core.services,
      ask: async (q, c) => {
        const o = await model.service.answer(q, c);
        const { path, reason, modelCalls, promptTokens, completionTokens, tools, refs, removed } = o.trace;
        trace = { path, ...(reason ? { reason } : {}), modelCalls, promptTokens, completionTokens, tools, refs, removed };
        return o.reply;
      },
    };
  }
  const reply = await core.handleText(text, {
    locale: (locale as 'en' | 'de' | undefined) ?? fallback,
    localeExplicit: locale !== undefined,
    actor: { platform: 'console', userId: 'cli', canManageChannel: false },
    channel: { platform: 'console', channelId: 'cli' },
  });
  io.stdout.write(opts.json ? `${JSON.stringify({ ...reply, trace }, null, 2)}\n` : `${renderText(reply)}\n`);
  return 0;
}

type ModelAsk = { ok: true; service: AskService } | { ok: false };

async function modelAsk(io: AskIo, core: CommandCore): Promise<ModelAsk> {
  const [{ parseConfig, ConfigError }, { createLogger }, { Metrics }, { createAskService }] = await Promise.all([
    import('../config.js'), import('../ops/log.js'), import('../ops/metrics.js'), import('../ask/llm/index.js'),
  ]);
  const env = Object.fromEntries(Object.entries(io.env).filter(([k]) => MODEL_SETTINGS.test(k)));
  let config;
  try {
    config = parseConfig({ LOG_LEVEL: 'warn', ...env });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr.write(`lodestone ask: ${error.message}\n`);
    return { ok: false };
  }
  // Log lines go to stderr, so stdout holds only the answer.
  const log = createLogger(config, { write: (s: string) => { io.stderr.write(s); } });
  const service = createAskService({ config, log, metrics: new Metrics(), core });
  return service ? { ok: true, service } : { ok: false };
}

export function registerAsk(program: Command): void {
  program
    .command('ask')
    .description('Answer one command or question from the dataset and exit (0 answered, 1 invalid dataset, 2 usage error)')
    .argument('[text...]', 'a command ("/reserves china", "element Nd") or a question in English or German')
    .option('--locale <locale>', 'answer in en or de (default: the language of the question, else LODESTONE_LOCALE)')
    .option('--json', 'print the reply object as JSON, with the trace: tools called, references resolved, sentences dropped and why')
    .option('--offline', 'answer without the language model even when OPENAI_API_KEY is set')
    .addHelpText('after', '\nExamples:\n  lodestone ask "/reserves china"\n  lodestone ask "Wie groß sind die Reserven von Brasilien?"\n  lodestone ask --json --locale de "element Nd"\n  OPENAI_API_KEY=… lodestone ask --json "How large are Vietnam\'s reserves?"\n')
    .action(async (words: string[], opts: AskOptions) => {
      const code = await runAsk(words, opts, { stdout: process.stdout, stderr: process.stderr, env: process.env });
      process.exitCode = code;
    });
}
