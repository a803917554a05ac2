// Reads /digest subscribe arguments forgivingly: whatever order they came in, a value that looks
// like a time is the time, a language code is the language, and anything else must be a zone.
import type { Locale } from '../reply/model.js';
import { allZones, canonicalZone } from './schedule.js';

export type ParsedSubscribe =
  | { ok: true; time?: string; timezone?: string; locale?: Locale }
  | { ok: false; problem: 'time' | 'timezone' | 'locale'; value: string; suggestions: string[] };

const LOCALE_WORDS: Record<string, Locale> = {
  en: 'en', english: 'en', englisch: 'en', eng: 'en',
  de: 'de', german: 'de', deutsch: 'de', ger: 'de', deu: 'de',
};

export function parseTime(s: string): string | null {
  const m = /^(\d{1,2})[:.h](\d{2})$/.exec(s.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

const looksLikeTime = (s: string): boolean => /^\d{1,2}[:.h]\d{1,2}$/.test(s.trim()) || /^\d{3,4}$/.test(s.trim());

function distance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}

export function zoneSuggestions(input: string, n = 3): string[] {
  const q = input.trim().toLowerCase().replace(/\s+/g, '_');
  const city = q.split('/').pop() ?? q;
  return allZones()
    .map((z) => {
      const lz = z.toLowerCase();
      return { z, d: Math.min(distance(q, lz), distance(city, lz.split('/').pop() ?? lz) + 1) };
    })
    .sort((a, b) => a.d - b.d || a.z.localeCompare(b.z))
    .slice(0, n)
    .map((x) => x.z);
}

export function parseSubscribeArgs(values: (string | undefined)[]): ParsedSubscribe {
  const out: { time?: string; timezone?: string; locale?: Locale } = {};
  for (const raw of values.flatMap((v) => (v ?? '').split(/\s+/)).filter(Boolean)) {
    const lower = raw.toLowerCase();
    if (looksLikeTime(raw)) {
      const t = parseTime(raw);
      if (!t) return { ok: false, problem: 'time', value: raw, suggestions: ['08:00', '07:30'] };
      out.time = t;
    } else if (LOCALE_WORDS[lower]) {
      out.locale = LOCALE_WORDS[lower];
    } else if (/^[a-z]{2}$/i.test(raw) && !canonicalZone(raw)) {
      return { ok: false, problem: 'locale', value: raw, suggestions: ['en', 'de'] };
    } else {
      const zone = canonicalZone(raw);
      if (!zone) return { ok: false, problem: 'timezone', value: raw, suggestions: zoneSuggestions(raw) };
      out.timezone = zone;
    }
  }
  return { ok: true, ...out };
}
