// Every match of a global pattern, as `[...text.matchAll(re)]` gives them. matchAll makes a copy of
// the pattern on every call (the spec's species constructor) before it reads one match; on the
// question path that copy cost several times the scan (twoWhenQuestions, tonnagesIn, quantities:
// a twentieth of a microsecond to scan, half a microsecond to copy; bench/core-check.ts prof).

/** [...text.matchAll(re)] by exec on `re` itself, whose lastIndex is left as it was (matchAll reads it and leaves it). */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matchesOf needs a global pattern, as matchAll does');
  const start = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push(m);
      // An empty match moves on by one character, as matchAll's iterator does (AdvanceStringIndex).
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
    }
  } finally {
    re.lastIndex = start;
  }
  return out;
}

function advance(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  const d = s.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
