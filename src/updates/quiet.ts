// Quiet hours for update posts: a local time range in the channel's zone, which may wrap midnight
// ("22:00-07:00"). An update post due inside it waits until it ends.
import { localTime } from '../briefings/schedule.js';

function bounds(quiet: string): [string, string] | null {
  const m = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(quiet);
  return m ? [m[1]!, m[2]!] : null;
}

/** Whether local wall-clock time "HH:MM" lies in the quiet hours (start included, end excluded). */
export function inQuiet(quiet: string | null, hhmm: string): boolean {
  const b = quiet ? bounds(quiet) : null;
  if (!b) return false;
  const [from, to] = b;
  return from < to ? hhmm >= from && hhmm < to : hhmm >= from || hhmm < to;
}

/** Whether `at` falls in the subscription's quiet hours, in its zone. */
export const quietAt = (sub: { quiet: string | null; timezone: string }, at: Date): boolean =>
  sub.quiet !== null && inQuiet(sub.quiet, localTime(at, sub.timezone));

/** "22:00–07:00" for replies. */
export const quietText = (quiet: string): string => quiet.replace('-', '–');
