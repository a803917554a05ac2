// A paced work lane for one platform: jobs queue per channel, one in flight per channel (so a
// channel's messages keep their order), a per-channel bucket, an optional global bucket, bounded
// concurrency, and no head-of-line blocking: a rate-limited channel never holds up the others.
import { TokenBucket, type PaceLimits } from './limits.js';

/**
 * `unsent`: the job sent nothing (a shared budget said wait), so the tokens the lane took for it are
 * returned: a wait must cost only itself, not the channel's next slot (at Slack's one message a
 * second per channel, forty verifying channels queued behind one read budget fell to a read a second).
 */
export type JobResult = { kind: 'done' } | { kind: 'retry'; afterMs: number; global?: boolean; unsent?: boolean };
export type Job = () => Promise<JobResult>;

interface Channel {
  key: string;
  jobs: Job[];
  bucket?: TokenBucket;
  readyAt: number;
  state: 'idle' | 'ready' | 'waiting' | 'busy';
}

class MinHeap {
  readonly #items: Channel[] = [];
  get size(): number { return this.#items.length; }
  peek(): Channel | undefined { return this.#items[0]; }
  push(c: Channel): void {
    const a = this.#items;
    a.push(c);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p]!.readyAt <= a[i]!.readyAt) break;
      [a[p], a[i]] = [a[i]!, a[p]!];
      i = p;
    }
  }
  pop(): Channel | undefined {
    const a = this.#items;
    const top = a[0];
    const last = a.pop();
    if (a.length && last) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l]!.readyAt < a[m]!.readyAt) m = l;
        if (r < a.length && a[r]!.readyAt < a[m]!.readyAt) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    return top;
  }
}

export class Lane {
  readonly #limits: PaceLimits;
  readonly #channels = new Map<string, Channel>();
  readonly #ready: Channel[] = [];
  readonly #waiting = new MinHeap();
  readonly #global?: TokenBucket;
  #inFlight = 0;
  #pending = 0;
  #timer: NodeJS.Timeout | undefined;
  #timerAt = Infinity;
  #idle: (() => void)[] = [];
  #onError: (error: unknown) => void;

  constructor(limits: PaceLimits, onError: (error: unknown) => void = () => {}) {
    this.#limits = limits;
    this.#onError = onError;
    if (limits.globalPerSecond) {
      this.#global = new TokenBucket(limits.globalBurst ?? limits.globalPerSecond, limits.globalPerSecond / 1000, Date.now());
    }
  }

  /** Jobs queued or running. */
  get size(): number { return this.#pending; }

  push(channelKey: string, job: Job): void {
    let ch = this.#channels.get(channelKey);
    if (!ch) {
      const c = this.#limits.channel;
      ch = { key: channelKey, jobs: [], readyAt: 0, state: 'idle', ...(c ? { bucket: new TokenBucket(c.count, c.count / c.perMs, Date.now()) } : {}) };
      this.#channels.set(channelKey, ch);
    }
    ch.jobs.push(job);
    this.#pending++;
    if (ch.state === 'idle') this.#enqueue(ch, Date.now());
    this.#pump();
  }

  /** Resolves when every queued job has finished. */
  idle(): Promise<void> {
    if (this.#pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  /** Removes jobs not yet started and returns them (shutdown). */
  drainQueued(): Job[] {
    const out: Job[] = [];
    for (const ch of this.#channels.values()) {
      out.push(...ch.jobs.splice(0));
      if (ch.state !== 'busy') ch.state = 'idle';
    }
    this.#ready.length = 0;
    while (this.#waiting.pop());
    this.#pending -= out.length;
    this.#checkIdle();
    return out;
  }

  #enqueue(ch: Channel, now: number): void {
    const wait = Math.max(ch.readyAt - now, ch.bucket?.wait(now) ?? 0);
    if (wait > 0) {
      ch.readyAt = now + wait;
      ch.state = 'waiting';
      this.#waiting.push(ch);
    } else {
      ch.state = 'ready';
      this.#ready.push(ch);
    }
  }

  #arm(at: number): void {
    if (at >= this.#timerAt) return;
    clearTimeout(this.#timer);
    this.#timerAt = at;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#timerAt = Infinity;
      this.#pump();
    }, Math.max(0, at - Date.now()));
  }

  #pump(): void {
    const now = Date.now();
    while (this.#waiting.size && this.#waiting.peek()!.readyAt <= now) {
      const ch = this.#waiting.pop()!;
      ch.state = 'ready';
      this.#ready.push(ch);
    }
    while (this.#inFlight < this.#limits.concurrency && this.#ready.length) {
      const gwait = this.#global?.wait(now) ?? 0;
      if (gwait > 0) {
        this.#arm(now + gwait);
        break;
      }
      const ch = this.#ready.shift()!;
      const job = ch.jobs.shift();
      if (!job) {
        ch.state = 'idle';
        continue;
      }
      this.#global?.take(now);
      ch.bucket?.take(now);
      ch.state = 'busy';
      this.#inFlight++;
      this.#run(ch, job);
    }
    if (this.#waiting.size) this.#arm(this.#waiting.peek()!.readyAt);
  }

  #run(ch: Channel, job: Job): void {
    const settle = (result: JobResult): void => {
      this.#inFlight--;
      const now = Date.now();
      if (result.kind === 'retry') {
        ch.jobs.unshift(job);
        ch.readyAt = now + result.afterMs;
        if (result.unsent) {
          ch.bucket?.give(now);
          this.#global?.give(now);
          if (result.global) this.#global?.hold(ch.readyAt);
        } else {
          // Retry-After from the server outranks our own accounting.
          ch.bucket?.block(ch.readyAt);
          if (result.global) this.#global?.block(now + result.afterMs);
        }
      } else {
        this.#pending--;
      }
      if (ch.jobs.length) this.#enqueue(ch, now);
      else ch.state = 'idle';
      this.#checkIdle();
      this.#pump();
    };
    job().then(settle, (error: unknown) => {
      this.#onError(error);
      settle({ kind: 'done' });
    });
  }

  #checkIdle(): void {
    if (this.#pending === 0 && this.#idle.length) {
      for (const resolve of this.#idle.splice(0)) resolve();
    }
  }
}
