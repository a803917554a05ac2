// The one reply cache. Every answer that may be remembered is remembered here, and nowhere else:
// the core for commands and offline questions, the language-model path for model answers, and the
// adapters only hang their rendering of a cached reply off the reply itself (renderedOnce).
//
// Policy, in one place:
// - key: dataset version, locale and the normalised input (command name and argument text, or the
//   question), plus the clock slot for time-dependent answers;
// - bound: one least-recently-used bound on entries (LODESTONE_REPLY_CACHE; 0 turns caching off);
// - staleness: a dataset swap empties the cache (and the version in the key keeps a late write from
//   an old snapshot from ever being read); an answer declared time-dependent ('clock') is keyed by
//   the quarter hour it was computed in, because every time zone's midnight falls on a quarter hour,
//   so such an answer never outlives the local day (or the "upcoming" window) it was computed for;
// - what is cached: commands declare it (CommandDefinition.cache); failures (a throwing command) and
//   private (ephemeral) replies never are;
// - cached replies are frozen: a hit is shared, never copied, and nobody can change it for the next
//   reader (a mutation throws).
import { BoundedCache } from '../util/bounded-cache.js';
import type { Reply } from '../reply/model.js';

/** 'dataset': the answer depends on the dataset, the locale and the input only. 'clock': also on today's date. */
export type Cacheability = 'dataset' | 'clock';

export const CLOCK_SLOT_MS = 15 * 60_000;
export const DEFAULT_REPLY_CACHE_ENTRIES = 5_000;
/** Inputs longer than this are not remembered (a pasted essay is not a popular question). */
const MAX_INPUT_CHARS = 500;

/** Same answer, same key: Unicode composed (NFC), runs of whitespace as one space, trimmed. Case is kept (answers quote what was typed). */
export function normaliseInput(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The argument part of a key: sorted name=value pairs of the arguments as typed, normalised. */
export function argsKey(args: Readonly<Record<string, string | undefined>>): string {
  let key = '';
  for (const k of Object.keys(args).sort()) {
    const v = args[k];
    if (v !== undefined) key += `\u0001${k}=${normaliseInput(v)}`;
  }
  return key;
}

const cachedReplies = new WeakSet<Reply>();

/** Whether this reply object came out of the reply cache (and so is frozen and shared). */
export const isCachedReply = (reply: Reply): boolean => cachedReplies.has(reply);

/** Freezes a reply and everything in it, so a shared one can never be changed by a reader. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export interface KeyParts {
  version: string;
  locale: string;
  /** Command name, or 'ask' for a question. */
  name: string;
  /** argsKey(...) of the arguments, or the question. */
  input: string;
  cache: Cacheability;
  now: Date;
}

export class ReplyCache {
  readonly #entries: BoundedCache<string, Reply>;

  constructor(readonly maxEntries = DEFAULT_REPLY_CACHE_ENTRIES) {
    this.#entries = new BoundedCache(maxEntries);
  }

  get enabled(): boolean {
    return this.maxEntries > 0;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The key of an answer, or undefined when it is not to be cached (cache off, input too long). */
  key(p: KeyParts): string | undefined {
    if (!this.enabled || p.input.length > MAX_INPUT_CHARS) return undefined;
    const slot = p.cache === 'clock' ? String(Math.floor(p.now.getTime() / CLOCK_SLOT_MS)) : '';
    return `${p.version}\u0000${slot}\u0000${p.locale}\u0000${p.name}\u0000${p.input}`;
  }

  get(key: string | undefined): Reply | undefined {
    return key === undefined ? undefined : this.#entries.get(key);
  }

  /**
   * Remembers a frozen copy of a reply and returns it, the object to hand out from now on (a copy,
   * because a reply may hold dataset records that must not be frozen). Private replies are not kept.
   */
  set(key: string | undefined, reply: Reply): Reply {
    if (key === undefined || reply.ephemeral) return reply;
    const shared = deepFreeze(structuredClone(reply));
    cachedReplies.add(shared);
    this.#entries.set(key, shared);
    return shared;
  }

  clear(): void {
    this.#entries.clear();
  }
}

/**
 * An adapter's rendering of a reply, made once per cached reply and kept with it (a WeakMap, so it
 * lives exactly as long as the cache entry: no second bound, no second staleness rule). Replies
 * that did not come from the cache are rendered every time.
 */
export function renderedOnce<T>(memo: WeakMap<Reply, T>, reply: Reply, render: (r: Reply) => T): T {
  if (!isCachedReply(reply)) return render(reply);
  let r = memo.get(reply);
  if (r === undefined) memo.set(reply, (r = render(reply)));
  return r;
}
