// Recent turns per thread, so a follow-up ("and Vietnam?") has context. Bounded three ways: turns
// per thread, characters per turn, and threads overall (least recently used dropped).
import type { ChannelRef } from '../../commands/types.js';

export interface Turn {
  question: string;
  answer: string;
}

export function threadKey(channel: ChannelRef | undefined): string | undefined {
  if (!channel?.threadId) return undefined;
  return `${channel.platform}:${channel.workspaceId ?? ''}:${channel.channelId}:${channel.threadId}`;
}

export class ThreadStore {
  readonly #threads = new Map<string, Turn[]>();

  constructor(
    readonly maxTurns = 3,
    readonly maxThreads = 1000,
    readonly maxChars = 400,
  ) {}

  get size(): number {
    return this.#threads.size;
  }

  get(key: string): readonly Turn[] {
    return this.#threads.get(key) ?? [];
  }

  add(key: string, turn: Turn): void {
    const turns = [...(this.#threads.get(key) ?? []), {
      question: turn.question.slice(0, this.maxChars),
      answer: turn.answer.slice(0, this.maxChars),
    }].slice(-this.maxTurns);
    this.#threads.delete(key);
    this.#threads.set(key, turns);
    while (this.#threads.size > this.maxThreads) {
      const oldest = this.#threads.keys().next();
      if (oldest.done) break;
      this.#threads.delete(oldest.value);
    }
  }
}
