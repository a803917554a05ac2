// The one font charts use, shipped in the repository (DejaVu Sans, see fonts/LICENSE-DejaVu.txt),
// so rendering never looks up system fonts and looks the same on every machine.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CHART_FONT_FAMILY = 'DejaVu Sans';

let cached: string | undefined;

/** Path of the bundled TTF, from src/ (tsx) or from dist/ (built: the file stays in src/charts/fonts). */
export function chartFontFile(): string {
  if (cached) return cached;
  const candidates = [new URL('./fonts/DejaVuSans.ttf', import.meta.url), new URL('../../src/charts/fonts/DejaVuSans.ttf', import.meta.url)];
  for (const c of candidates) {
    const p = fileURLToPath(c);
    if (existsSync(p)) return (cached = p);
  }
  throw new Error('chart font missing: src/charts/fonts/DejaVuSans.ttf');
}
