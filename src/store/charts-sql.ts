// Chart specs by their content-addressed id (src/charts/images.ts), shared by every replica on the
// store. An id names one spec forever, so writing is an insert-once.
import type { SqlDriver } from './sql-store.js';

export class SqlChartSpecs {
  constructor(private readonly db: SqlDriver) {}

  async put(id: string, spec: string, now: Date): Promise<void> {
    await this.db.execute('INSERT INTO chart_specs (id, spec, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING', [id, spec, now.getTime()]);
  }

  async get(id: string): Promise<string | null> {
    const rows = await this.db.query('SELECT spec FROM chart_specs WHERE id = ?', [id]);
    return rows[0] ? String(rows[0].spec) : null;
  }
}
