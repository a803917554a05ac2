// The console adapter: an interactive chat in the terminal on the same core as Slack and Discord.
// Prompt "lodestone> ", line history, Tab completion, /help, /quit; Ctrl-D (end of input) quits
// cleanly; Ctrl-C clears a half-typed line and a second Ctrl-C quits. Answers wrap to the terminal's
// width and use colour only on a colour terminal (NO_COLOR honoured). Lines are answered one at a
// time in order, and no input of any kind can crash it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Interface } from 'node:readline';
import type { PlatformDeps, PlatformHandle } from '../platform.js';
import type { Locale } from '../../reply/model.js';
import type { CallContext } from '../../commands/core.js';
import { renderText, wrapLine } from '../../reply/text.js';
import { formatDate } from '../../reply/format.js';
import { consoleDelivery } from './delivery.js';
import { consoleCompleter } from './completer.js';

export { consoleDelivery };

export interface ConsoleOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Resolves when the user quits (Ctrl-D, /quit). */
  onExit?: () => void;
  /** Answer language; defaults to LODESTONE_LOCALE. */
  locale?: Locale;
  /**
   * Whether `locale` is the user's choice (answers then always use it). By default it is when
   * LODESTONE_LOCALE is set; otherwise each question is answered in its own language.
   */
  localeExplicit?: boolean;
  /** Persist line history here (terminal sessions only); default <state dir>/console-history. */
  historyFile?: string | false;
  /** Wrap answers to this width; default: the terminal's columns (no wrapping when not a terminal). */
  width?: number;
  /** ANSI colour; default: on a terminal unless NO_COLOR is set or TERM is dumb. */
  color?: boolean;
  /** Environment read for NO_COLOR and TERM; default process.env. */
  env?: NodeJS.ProcessEnv;
}

/** https://no-color.org: any non-empty NO_COLOR turns colour off; so does a dumb terminal. */
export function colorWanted(terminal: boolean, env: NodeJS.ProcessEnv): boolean {
  return terminal && !env.NO_COLOR && env.TERM !== 'dumb';
}

export const PROMPT = 'lodestone> ';
const QUIT = new Set(['/quit', '/exit', 'quit', 'exit', '/q', ':q', '/beenden', 'beenden']);
/** Lines longer than this are cut before answering; the core copes, but nobody types 100k characters. */
const MAX_LINE = 20_000;
const HISTORY_SIZE = 500;

function readHistory(file: string | undefined): string[] {
  if (!file) return [];
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean).reverse().slice(0, HISTORY_SIZE);
  } catch {
    return [];
  }
}

export async function startConsole(deps: PlatformDeps, opts: ConsoleOptions): Promise<PlatformHandle> {
  const { core, config, log } = deps;
  const { input, output } = opts;
  const locale: Locale = opts.locale ?? config.LODESTONE_LOCALE;
  const localeExplicit = opts.localeExplicit ?? Boolean(process.env.LODESTONE_LOCALE);
  const terminal = Boolean((input as { isTTY?: boolean }).isTTY && (output as { isTTY?: boolean }).isTTY);
  const historyFile = opts.historyFile === false || !terminal ? undefined : opts.historyFile ?? join(config.LODESTONE_STATE_DIR, 'console-history');

  // A closed stdout (EPIPE) must not take the process down.
  const onOutputError = (err: unknown): void => log.debug({ err }, 'console output error');
  output.on('error', onOutputError);
  const write = (s: string): void => {
    try {
      output.write(s);
    } catch (err) {
      onOutputError(err);
    }
  };

  const color = opts.color ?? colorWanted(terminal, opts.env ?? process.env);
  // Read at each answer: the terminal may have been resized since.
  const width = (): number | undefined => opts.width ?? (terminal ? (output as { columns?: number }).columns : undefined);
  const rl: Interface = createInterface({
    input, output, terminal, prompt: PROMPT, historySize: HISTORY_SIZE, history: readHistory(historyFile), removeHistoryDuplicates: true,
    ...(terminal ? { completer: consoleCompleter(core) } : {}),
  });
  const call: CallContext = {
    locale,
    localeExplicit,
    actor: { platform: 'console', userId: 'console', canManageChannel: true },
    channel: { platform: 'console', channelId: 'console' },
  };

  let open = true;
  let exited = false;
  let chain: Promise<void> = Promise.resolve();

  const ds = core.datasets.current();
  const welcome = (locale === 'de'
    ? `Lodestone — Datensatz ${ds.meta.version}, Stand ${formatDate(ds.meta.as_of, locale)}. Tippe /help, eine Frage oder /quit (Tab ergänzt, Strg-D beendet).`
    : `Lodestone — dataset ${ds.meta.version}, as of ${formatDate(ds.meta.as_of, locale)}. Type /help, a question, or /quit (Tab completes, Ctrl-D quits).`);
  const w0 = width();
  write(`${w0 !== undefined ? wrapLine(welcome, w0).join('\n') : welcome}\n`);

  async function answer(raw: string): Promise<void> {
    const line = raw.slice(0, MAX_LINE).trim();
    if (!line) return;
    if (QUIT.has(line.toLowerCase())) {
      rl.close();
      return;
    }
    try {
      const reply = await core.handleText(line, call);
      const w = width();
      write(`${renderText(reply, { ...(w !== undefined ? { width: w } : {}), color })}\n`);
      if (/^\/?(help|hilfe)$/i.test(line)) write(locale === 'de' ? 'Konsole: /quit oder Strg-D beendet.\n' : 'Console: /quit or Ctrl-D to leave.\n');
      write('\n');
    } catch (err) {
      // handleText never throws; this guards the renderer and the stream.
      log.error({ err }, 'console failed to answer a line');
      write(locale === 'de' ? 'Entschuldigung, das konnte ich nicht beantworten.\n\n' : 'Sorry, I could not answer that.\n\n');
    }
  }

  // Ctrl-C: a half-typed line is cleared; on an empty line the first press says how to leave and a
  // second one quits. Anything typed in between disarms it again.
  let interruptArmed = false;
  rl.on('line', (line) => {
    interruptArmed = false;
    chain = chain.then(() => answer(line)).then(() => {
      if (open) rl.prompt();
    });
  });
  rl.on('SIGINT', () => {
    if (rl.line.length > 0) {
      interruptArmed = false;
      rl.write(null, { ctrl: true, name: 'u' });
      rl.write(null, { ctrl: true, name: 'k' });
      write('^C\n');
      rl.prompt();
      return;
    }
    if (interruptArmed) {
      write('\n');
      rl.close();
      return;
    }
    interruptArmed = true;
    write(locale === 'de' ? '\n(Noch einmal Strg-C, /quit oder Strg-D beendet.)\n' : '\n(Press Ctrl-C again, type /quit or press Ctrl-D to leave.)\n');
    rl.prompt();
  });
  rl.on('history', (history: string[]) => {
    if (!historyFile) return;
    try {
      mkdirSync(dirname(historyFile), { recursive: true });
      writeFileSync(historyFile, `${[...history].reverse().join('\n')}\n`);
    } catch {
      // History is a convenience; an unwritable state dir must not disturb the chat.
    }
  });
  const closed = new Promise<void>((resolve) => {
    rl.on('close', () => {
      open = false;
      // Finish answering what was already typed (piped input ends before its answers are out).
      void chain.then(() => {
        write(locale === 'de' ? 'Tschüss.\n' : 'Bye.\n');
        output.off('error', onOutputError);
        if (!exited) {
          exited = true;
          try { opts.onExit?.(); } catch (err) { log.error({ err }, 'console onExit failed'); }
        }
        resolve();
      });
    });
  });
  rl.prompt();

  return {
    name: 'console',
    isReady: () => open,
    async stop() {
      // Stopped by the app (shutdown), not by the user: no onExit callback.
      exited = true;
      if (open) rl.close();
      await closed;
    },
    delivery: consoleDelivery(output),
  };
}
