// Wall-clock arithmetic in IANA zones, as pure functions of an instant, so daylight-saving
// behaviour is decided here and tested with fake instants (node-cron only drives the ticks).
//
// The rules (documented in docs/digests.md):
// - A local time that does not exist (spring-forward gap, e.g. 02:30 Europe/Berlin on the last
//   Sunday of March) runs at the first minute that exists after it (03:00 local), once.
// - A local time that occurs twice (fall-back, e.g. 01:30 America/New_York on the first Sunday of
//   November) runs at its first occurrence; the ledger key (edition date) makes the second a no-op.
// - The edition date is the local date of the scheduled instant in the subscription's zone.

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function zonedParts(instant: Date | number, timeZone: string): ZonedParts {
  const out: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return { year: out.year!, month: out.month!, day: out.day!, hour: out.hour! % 24, minute: out.minute!, second: out.second! };
}

/** The local wall clock of `instant` written as if it were UTC (for comparisons and offsets). */
const wallMs = (instant: number, timeZone: string): number => {
  const p = zonedParts(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** The local date ("YYYY-MM-DD") of an instant in a zone. */
export function localDate(instant: Date | number, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** "HH:MM" local time of an instant in a zone. */
export function localTime(instant: Date | number, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The instant at which local `date` + `time` happens in `timeZone`: the first occurrence when the
 * wall time happens twice, the first existing minute after it when it does not exist.
 */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wanted = Date.UTC(y, m - 1, d, hh, mm);
  const day = 86_400_000;
  // Every offset in force within a day of the wanted time (at most two around a transition).
  const offsets = new Set([-day, 0, day].map((delta) => wallMs(wanted + delta, timeZone) - (wanted + delta)));
  const exact = [...offsets].map((o) => wanted - o).filter((t) => wallMs(t, timeZone) === wanted).sort((a, b) => a - b);
  if (exact.length) return new Date(exact[0]!);
  // A gap: find the first instant whose wall clock is at or past the wanted time.
  const bounds = [...offsets].map((o) => wanted - o).sort((a, b) => a - b);
  let lo = bounds[0]!;
  let hi = bounds[bounds.length - 1]!;
  while (hi - lo > 60_000) {
    const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
    if (wallMs(mid, timeZone) >= wanted) hi = mid;
    else lo = mid;
  }
  return new Date(hi);
}

/** Validates and canonicalises an IANA zone ("europe/berlin" → "Europe/Berlin"); null if unknown. */
export function canonicalZone(input: string): string | null {
  const s = input.trim();
  // IANA names only: no bare offsets such as "+01:00" that Intl would also accept.
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(s)) return null;
  try {
    const zone = new Intl.DateTimeFormat('en-US', { timeZone: s }).resolvedOptions().timeZone;
    return zone === 'Etc/UTC' || zone === 'Etc/GMT' ? 'UTC' : zone;
  } catch {
    return null;
  }
}

let zoneList: string[] | undefined;
export function allZones(): string[] {
  zoneList ??= [...Intl.supportedValuesOf('timeZone'), 'UTC'];
  return zoneList;
}
