// Times of day and IANA time zones as users type them (for /digest subscribe and the parser), and
// for the settings that hold a time or a zone (DIGEST_DEFAULT_TIME, DIGEST_DEFAULT_TZ): one set of
// rules, so a value the chat command takes is a value the configuration takes.

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

const cityKey = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s_-]+/g, ' ').trim();

let cities: Map<string, string | null> | undefined;

/**
 * City → zone from the IANA names themselves ("Europe/Berlin" → "berlin", "America/New_York" →
 * "new york"). A city that ends two zones' names maps to null: ambiguous, never guessed.
 */
function cityZones(): Map<string, string | null> {
  if (cities) return cities;
  cities = new Map();
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    if (!zone.includes('/') || zone.startsWith('Etc/')) continue;
    const key = cityKey(zone.slice(zone.lastIndexOf('/') + 1));
    cities.set(key, cities.has(key) && cities.get(key) !== zone ? null : zone);
  }
  return cities;
}

/**
 * The canonical IANA name ("europe/berlin" → "Europe/Berlin"), also for a city with its own zone
 * ("berlin", "New York", "são paulo"), or undefined when unknown or ambiguous.
 */
export function normalizeTimezone(s: string): string | undefined {
  const key = s.trim();
  if (!key || key.length > 64) return undefined;
  if (tzCache.has(key)) return tzCache.get(key) ?? undefined;
  let tz: string | null = null;
  if (/^[A-Za-z0-9_+\-/]+$/.test(key)) {
    try {
      tz = new Intl.DateTimeFormat('en-US', { timeZone: key }).resolvedOptions().timeZone;
    } catch {
      tz = null;
    }
  }
  if (tz === null && !key.includes('/')) tz = cityZones().get(cityKey(key)) ?? null;
  if (tzCache.size < 1000) tzCache.set(key, tz);
  return tz ?? undefined;
}

/**
 * Quiet hours as users type them ("22:00-07:00", "22.00–7.00", "10pm to 7am", "22:00 bis 07:00",
 * "22:00 07:00") → "22:00-07:00"; undefined unless two different times of day.
 */
export function normalizeQuietHours(s: string): string | undefined {
  const parts = s.trim().replace(/(\d)\s+(uhr|am|pm)\b/gi, '$1$2').split(/\s*(?:[-–—]|\bbis\b|\bto\b|\buntil\b)\s*|\s+/i).filter(Boolean);
  if (parts.length !== 2) return undefined;
  const [from, to] = parts.map(normalizeTime);
  return from && to && from !== to ? `${from}-${to}` : undefined;
}
