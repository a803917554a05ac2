// Small fixtures for the operations tests: an in-memory log capture and a minimal dataset.
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { buildDataset, type Dataset } from '../../src/dataset/dataset.js';
import type { RawDataset } from '../../src/dataset/schema.js';

/** A pino destination that keeps every line written. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _enc: string, cb: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    cb();
  }
  records(): Record<string, unknown>[] {
    return this.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  }
  messages(): string[] {
    return this.records().map((r) => String(r.msg));
  }
  text(): string {
    return this.lines.join('\n');
  }
}

/** The smallest dataset the indexes accept; `version` tells two of them apart. */
export function tinyDataset(version: string): Dataset {
  const raw = {
    meta: { version, as_of: '2026-02-06', title: { en: 'T', de: 'T' }, beat: { en: 'B', de: 'B' } },
    sources: [], countries: [], minerals: [], editions: [], figures: [], elements: [], events: [], facts: [], discrepancies: [],
  } as unknown as RawDataset;
  return buildDataset(raw);
}

export async function waitFor<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A loopback port nothing listens on (bound, then released). */
export function freePort(): Promise<number> {
  return new Promise((r) => {
    const s = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => r(port));
    });
  });
}
