// Source URLs come from dataset files that editors change; only plain web links may reach a
// platform. Each renderer applies its own escaping on top.

/** The URL if it is http(s) without credentials (which hide the real host from readers), else undefined. */
export function webUrl(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  if (parsed.username || parsed.password) return undefined;
  return parsed;
}
