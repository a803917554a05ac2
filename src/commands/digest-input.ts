// Times of day and IANA time zones as users type them (for /digest subscribe and the parser).

/** "8:00", "08.00", "0800", "8am" → "08:00"; undefined when it is not a time of day. */
export function normalizeTime(s: string): string | undefined {
  const x = s.trim().toLowerCase().replace(/\s+/g, '');
  let h: number;
  let min = 0;
  let suffix: string | undefined;
  let m = /^(\d{1,2})[:.h](\d{2})(am|pm|uhr)?$/.exec(x);
  if (m) [h, min, suffix] = [Number(m[1]), Number(m[2]), m[3]];
  else if ((m = /^(\d{1,2})(am|pm|uhr)$/.exec(x))) [h, suffix] = [Number(m[1]), m[2]];
  else if ((m = /^(\d{2})(\d{2})$/.exec(x))) [h, min] = [Number(m[1]), Number(m[2])];
  else return undefined;
  if (suffix === 'pm' && h < 12) h += 12;
  if (suffix === 'am' && h === 12) h = 0;
  if (h > 23 || min > 59) return undefined;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

const tzCache = new Map<string, string | null>();

/** The canonical IANA name ("europe/berlin" → "Europe/Berlin"), or undefined. */
export function normalizeTimezone(s: string): string | undefined {
  const key = s.trim();
  if (!key || key.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(key)) return undefined;
  if (tzCache.has(key)) return tzCache.get(key) ?? undefined;
  let tz: string | null;
  try {
    tz = new Intl.DateTimeFormat('en-US', { timeZone: key }).resolvedOptions().timeZone;
  } catch {
    tz = null;
  }
  if (tzCache.size < 1000) tzCache.set(key, tz);
  return tz ?? undefined;
}
