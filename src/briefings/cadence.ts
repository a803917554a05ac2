// Which days a channel gets its digest: every day, on weekdays, never (updates only), or the days a
// cron expression names. A cron expression gives the time too, and at most one run a day (the ledger
// keeps one digest per local date), so its minute and hour must be single values. node-cron parses
// and validates it; which days match is decided here, on the local date, like the DST rules.
import cron from 'node-cron';

export type Cadence = 'daily' | 'weekdays' | 'none' | `cron:${string}`;

const parsed = new Map<string, { days: (date: string) => boolean; time: string } | null>();

/** "0 8 * * 1-5" → its time ("08:00") and day matcher, or null when it is not a once-a-day expression. */
export function parseCron(expr: string): { days: (date: string) => boolean; time: string } | null {
  const key = expr.trim().replace(/\s+/g, ' ');
  if (parsed.has(key)) return parsed.get(key)!;
  let out: { days: (date: string) => boolean; time: string } | null = null;
  // Five fields only: a seconds field would make it more than once a minute.
  if (key.split(' ').length === 5) {
    const v = cron.validateDetailed(key);
    const f = v.valid ? v.fields ?? cron.parse(key) : undefined;
    if (f && f.minute.length === 1 && f.hour.length === 1) {
      const dom = new Set(f.dayOfMonth.map(Number));
      const months = new Set(f.month);
      const dow = new Set(f.dayOfWeek.map((d) => Number(d) % 7));
      const domAll = dom.size >= 31;
      const dowAll = dow.size >= 7;
      const days = (date: string): boolean => {
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        if (!months.has(m)) return false;
        const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
        // Standard cron: when both day fields are restricted, either may match.
        if (!domAll && !dowAll) return dom.has(d) || dow.has(wd);
        return dom.has(d) && dow.has(wd);
      };
      out = { days, time: `${String(f.hour[0]).padStart(2, '0')}:${String(f.minute[0]).padStart(2, '0')}` };
    }
  }
  if (parsed.size < 1000) parsed.set(key, out);
  return out;
}

/** Whether a subscription with `cadence` gets a digest on local `date`. */
export function cadenceAllows(cadence: string, date: string): boolean {
  if (cadence === 'daily') return true;
  if (cadence === 'none') return false;
  if (cadence === 'weekdays') {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    return wd >= 1 && wd <= 5;
  }
  if (cadence.startsWith('cron:')) return parseCron(cadence.slice(5))?.days(date) ?? false;
  return false;
}
