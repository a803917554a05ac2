// The command core: every adapter (console, Slack, Discord) calls this and renders the Reply it
// returns. It never throws: a failing command becomes a polite error reply, and the failure is
// reported to observers (logs, metrics) instead of the user.
import type { Locale, Reply } from '../reply/model.js';
import { errorReply } from '../reply/model.js';
import type { DatasetHolder } from '../dataset/holder.js';
import type { Registry } from './registry.js';
import type { Actor, Args, ChannelRef, CommandContext, CommandServices } from './types.js';
import { bindArgs, parseCommandLine, tokenize } from './parse.js';
import { routeQuestion } from '../ask/router.js';
import { questionLanguage } from '../ask/offline/dataset-language.js';
import { argsKey, DEFAULT_REPLY_CACHE_ENTRIES, ReplyCache, type Cacheability } from './reply-cache.js';
import type { CommandDefinition } from './types.js';
import { footer, quoteInput } from './common.js';
import { longestArg, MAX_INPUT_CHARS, tooLongReply } from './input-limit.js';
import { RequestLookups } from './request-lookups.js';

export interface CallContext {
  locale: Locale;
  /**
   * The caller knows the user's language (a --locale flag, a Discord user locale). When not set,
   * a question is answered in the language it is written in, and a German command word
   * ("reserven china") answers in German.
   */
  localeExplicit?: boolean;
  actor?: Actor;
  channel?: ChannelRef;
  now?: Date;
  /** The request's lookups, when the caller has bound the arguments with them (handleText). */
  lookups?: RequestLookups;
}

export type CommandOutcome = 'ok' | 'not_found' | 'user_error' | 'failed';

export interface CommandEvent {
  name: string;
  outcome: CommandOutcome;
  ms: number;
  error?: unknown;
}

const FAILED: Record<Locale, string> = {
  en: 'Sorry, something went wrong while answering. The team has been notified; please try again.',
  de: 'Entschuldigung, bei der Antwort ist etwas schiefgegangen. Bitte versuche es noch einmal.',
};

export class CommandCore {
  readonly registry: Registry;
  readonly datasets: DatasetHolder;
  services: CommandServices;
  /** The one reply cache (src/commands/reply-cache.ts); the language-model path uses it too. */
  readonly replies: ReplyCache;
  readonly #clock: () => Date;
  readonly #observers = new Set<(e: CommandEvent) => void>();

  constructor(opts: {
    registry: Registry;
    datasets: DatasetHolder;
    services?: CommandServices;
    clock?: () => Date;
    /** Bound of the reply cache in entries; 0 turns it off (benches measure the uncached path so). */
    replyCacheEntries?: number;
  }) {
    this.replies = new ReplyCache(opts.replyCacheEntries ?? DEFAULT_REPLY_CACHE_ENTRIES);
    this.registry = opts.registry;
    this.datasets = opts.datasets;
    this.services = opts.services ?? {};
    this.#clock = opts.clock ?? (() => new Date());
    // A new dataset answers differently; entries of the old one would only take room.
    this.datasets.onSwap(() => this.replies.clear());
  }

  onCommand(observer: (e: CommandEvent) => void): () => void {
    this.#observers.add(observer);
    return () => this.#observers.delete(observer);
  }

  context(call: CallContext): CommandContext {
    // Optional fields set one by one: spreading conditional object literals cost about a tenth of a
    // cached command's CPU (bench/core-check.ts prof), and an absent field must stay absent.
    const ctx: CommandContext = { locale: call.locale, now: call.now ?? this.#clock(), dataset: this.datasets.current(), services: this.services };
    if (call.actor) ctx.actor = call.actor;
    if (call.channel) ctx.channel = call.channel;
    if (call.lookups) ctx.lookups = call.lookups;
    return ctx;
  }

  /** The cache policy of a command for this call, as its definition declares it. */
  #policy(def: CommandDefinition, ctx: CommandContext): Cacheability | undefined {
    return typeof def.cache === 'function' ? def.cache(ctx) : def.cache;
  }

  /** The cache key of a command with its arguments as typed (before binding: a hit skips the binding too). */
  #commandKey(def: CommandDefinition, args: Args, ctx: CommandContext): string | undefined {
    const cache = this.replies.enabled ? this.#policy(def, ctx) : undefined;
    return cache ? this.replies.key({ version: ctx.dataset.meta.version, locale: ctx.locale, name: def.name, input: argsKey(args), cache, now: ctx.now }) : undefined;
  }

  /**
   * The cached reply to a command, without running anything (no promise, no timer): adapters answer
   * a hit at once, even for commands they would otherwise defer. Counted like any other answer.
   */
  cached(name: string, args: Args, call: CallContext): Reply | undefined {
    if (!this.replies.enabled) return undefined;
    const def = this.registry.get(name);
    if (!def) return undefined;
    const started = performance.now();
    const hit = this.replies.get(this.#commandKey(def, args, this.context(call)));
    return hit ? this.#emit(def.name, started, hit) : undefined;
  }

  /** The cached reply to a line as handleText would answer it, without running anything. */
  cachedText(text: string, call: CallContext): Reply | undefined {
    if (!this.replies.enabled) return undefined;
    const started = performance.now();
    const parsed = parseCommandLine(this.registry, String(text), this.datasets.current());
    if (parsed.kind === 'command') return this.cached(parsed.name, parsed.args, { ...call, locale: parsed.locale && !call.localeExplicit ? parsed.locale : call.locale });
    if (parsed.kind !== 'question' || !parsed.text || this.services.ask) return undefined;
    const ctx = this.context({ ...call, locale: call.localeExplicit ? call.locale : questionLanguage(parsed.text, this.datasets.current()) ?? call.locale });
    const hit = this.replies.get(this.#questionKey(parsed.text, ctx));
    return hit ? this.#emit('ask', started, hit) : undefined;
  }

  /** The offline router answers from the dataset and may speak of "today": a 'clock' answer, keyed like /ask with the same question. */
  #questionKey(question: string, ctx: CommandContext): string | undefined {
    // With the cache off there is no key to make; argsKey would still normalise the whole question.
    if (!this.replies.enabled) return undefined;
    return this.replies.key({ version: ctx.dataset.meta.version, locale: ctx.locale, name: 'ask', input: argsKey({ question }), cache: 'clock', now: ctx.now });
  }

  /** Runs a command by name with arguments as typed. Never throws. */
  async run(name: string, args: Args, call: CallContext): Promise<Reply> {
    return this.#run(name, args, call);
  }

  /**
   * run(), with the reply itself when the command answers at once (most do) and a promise only for
   * those that wait (services): a caller answering in the same turn (the Slack shortcut) then needs
   * no promise, deadline or microtask per command. Never throws; a promise never rejects.
   */
  runNow(name: string, args: Args, call: CallContext): Reply | Promise<Reply> {
    return this.#run(name, args, call);
  }

  /**
   * run, with the reply of a command that answers at once (most do) returned at once: awaiting a
   * reply that is no promise, and then run's own promise, cost each command two turns of the
   * microtask queue (bench/core-check.ts prof). Never throws; a promise never rejects.
   */
  #run(name: string, args: Args, call: CallContext): Reply | Promise<Reply> {
    const def = this.registry.get(name);
    const started = performance.now();
    if (!def) {
      return this.#emit('unknown', started, errorReply(call.locale, call.locale === 'de'
        ? `Unbekannter Befehl ${quoteInput(`/${name}`, 40)}. /help listet alle Befehle.`
        : `Unknown command ${quoteInput(`/${name}`, 40)}. /help lists every command.`, ['/help']));
    }
    // The cap comes first: nothing below may ever see an unbounded argument.
    const longest = longestArg(args);
    if (longest > MAX_INPUT_CHARS) return this.#emit(def.name, started, tooLongReply(Object.values(args).find((v) => v?.length === longest) ?? '', longest, call.locale, true));
    try {
      const ctx = this.context(call);
      const key = this.#commandKey(def, args, ctx);
      const hit = this.replies.get(key);
      if (hit) return this.#emit(def.name, started, hit);
      // Platforms that pass the raw argument text (Slack slash commands) send it as `_`.
      const raw = args._;
      const named = def.subcommands?.length ? args.subcommand !== undefined : def.args.some((a) => args[a.name] !== undefined);
      const bound = typeof raw === 'string' && !named ? bindArgs(def, tokenize(raw), ctx.dataset, ctx.lookups ??= new RequestLookups(ctx.dataset)).args : args;
      const answered = def.run(bound, ctx);
      // A method, not a named closure: under tsx, which runs the benchmarks, each named closure also
      // calls esbuild's __name (Object.defineProperty), 1.3% of the uncached core's CPU here.
      if (answered instanceof Promise) return answered.then((reply) => this.#done(def.name, started, key, ctx, reply)).catch((error: unknown) => this.#failed(def.name, started, call, error));
      return this.#done(def.name, started, key, ctx, answered);
    } catch (error) {
      return this.#failed(def.name, started, call, error);
    }
  }

  /** A command's reply with its footer, kept in the cache under `key` and reported. */
  #done(name: string, started: number, key: string | undefined, ctx: CommandContext, reply: Reply): Reply {
    return this.#emit(name, started, this.replies.set(key, withFooter(reply, ctx)));
  }

  #failed(name: string, started: number, call: CallContext, error: unknown): Reply {
    return this.#emit(name, started, errorReply(call.locale, FAILED[call.locale]), error);
  }

  /**
   * Text as a user typed it: "/reserves china", "reserves china", or a question. Commands are
   * parsed against the registry; anything else is a question for the ask service (the LLM when
   * configured) or the offline router. Never throws.
   */
  async handleText(text: string, call: CallContext): Promise<Reply> {
    const started = performance.now();
    // The cap comes first: nothing below (parser, router, model scope check) sees longer text.
    if (typeof text === 'string' && text.length > MAX_INPUT_CHARS) {
      return this.#emit('ask', started, tooLongReply(text, text.length, call.locale, call.localeExplicit ?? false));
    }
    try {
      const ds = this.datasets.current();
      const lookups = new RequestLookups(ds);
      const parsed = parseCommandLine(this.registry, String(text), ds, lookups);
      if (parsed.kind === 'command') {
        const locale = parsed.locale && !call.localeExplicit ? parsed.locale : call.locale;
        const answered = this.#run(parsed.name, parsed.args, callWith(call, locale, lookups));
        return answered instanceof Promise ? await answered : answered;
      }
      if (parsed.kind === 'usage') return this.#emit(parsed.name, started, errorReply(call.locale, parsed.message[call.locale], parsed.suggestions));
      const locale = call.localeExplicit ? call.locale : questionLanguage(parsed.text, ds) ?? call.locale;
      if (!parsed.text) {
        return this.#emit('ask', started, errorReply(locale, locale === 'de'
          ? 'Tippe einen Befehl oder stelle eine Frage. /help listet alle Befehle.'
          : 'Type a command or ask a question. /help lists every command.', ['/help', '/reserves china', '/element Nd']));
      }
      const ctx = this.context(callWith(call, locale));
      const ask = this.services.ask;
      if (ask) return this.#emit('ask', started, await ask(parsed.text, ctx));
      const key = this.#questionKey(parsed.text, ctx);
      const hit = this.replies.get(key);
      if (hit) return this.#emit('ask', started, hit);
      const reply = withFooter(await routeQuestion(parsed.text, ctx, this), ctx);
      return this.#emit('ask', started, this.replies.set(key, reply));
    } catch (error) {
      return this.#emit('ask', started, errorReply(call.locale, FAILED[call.locale]), error);
    }
  }

  #emit(name: string, started: number, reply: Reply, error?: unknown): Reply {
    // The event only for observers to read; an optional field set, not spread in.
    if (this.#observers.size) {
      const outcome: CommandOutcome = error !== undefined ? 'failed'
        : reply.kind !== 'error' ? 'ok'
        : reply.suggestions?.length ? 'not_found' : 'user_error';
      const event: CommandEvent = { name, outcome, ms: performance.now() - started };
      if (error !== undefined) event.error = error;
      for (const o of this.#observers) {
        try { o(event); } catch { /* an observer must never break a reply */ }
      }
    }
    return withFooter(reply, { dataset: this.datasets.current() });
  }
}

/**
 * The call with its locale (and the request's lookups) settled, every field in one order: a spread
 * `{ ...call, locale }` was a slow generic copy, and its objects, of as many shapes as callers have
 * fields, made the reads of them in context() megamorphic (a tenth of a command's CPU together,
 * bench/core-check.ts prof). Fields a caller left out stay undefined, which every reader treats so.
 */
function callWith(call: CallContext, locale: Locale, lookups?: RequestLookups): CallContext {
  return { locale, localeExplicit: call.localeExplicit, actor: call.actor, channel: call.channel, now: call.now, lookups };
}

/** Every reply says which dataset it speaks for, errors and service replies included. */
function withFooter(reply: Reply, ctx: Pick<CommandContext, 'dataset'>): Reply {
  return reply.footer ? reply : { ...reply, footer: footer(ctx.dataset, reply.locale) };
}
