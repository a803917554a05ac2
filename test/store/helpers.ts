// Opens a fresh store of either kind for one test and cleans it up afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { openStore, type Store } from '../../src/store/index.js';
import { createPgSchema } from './pg-helper.js';

export const silentLog = pino({ level: 'silent' });

export interface StoreFixture {
  kind: 'sqlite' | 'postgres';
  /** Settings that open this very database (a second instance of it, as another replica would). */
  config: { DATABASE_URL?: string; LODESTONE_STATE_DIR: string };
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

export async function storeFixture(kind: 'sqlite' | 'postgres'): Promise<StoreFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'lodestone-store-'));
  const opened: Store[] = [];
  const schema = kind === 'postgres' ? await createPgSchema() : null;
  const config = { LODESTONE_STATE_DIR: dir, ...(schema ? { DATABASE_URL: schema.url } : {}) };
  return {
    kind,
    config,
    async open() {
      const s = await openStore(config, silentLog);
      opened.push(s);
      return s;
    },
    async cleanup() {
      for (const s of opened) await s.close().catch(() => {});
      await schema?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
