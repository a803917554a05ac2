// Import boundaries: the command core knows no platform, and platforms know no other platform.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Resolved, src-relative targets of every relative import (static, dynamic and re-exports). */
export function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from\s*|import\s*\(\s*|import\s+)['"](\.[^'"]+)['"]/g)].map((m) => m[1]!);
  return specs.map((s) => relative(SRC, resolve(dirname(file), s)).replace(/\.js$/, ''));
}

function violations(fromDir: string, forbidden: (target: string, file: string) => boolean): string[] {
  return filesUnder(join(SRC, fromDir)).flatMap((file) =>
    importsOf(file).filter((t) => forbidden(t, file)).map((t) => `${relative(SRC, file)} -> ${t}`),
  );
}

const ADAPTERS = readdirSync(join(SRC, 'adapters')).filter((n) => statSync(join(SRC, 'adapters', n)).isDirectory());

describe('architecture boundaries', () => {
  it('the boundary check sees imports at all (guards against a vacuous pass)', () => {
    expect(importsOf(join(SRC, 'commands/core.ts'))).toContain('commands/registry');
  });

  for (const layer of ['commands', 'dataset', 'reply', 'ask', 'briefings', 'store']) {
    it(`src/${layer} never imports a platform adapter`, () => {
      expect(violations(layer, (t) => t.startsWith('adapters/') && t !== 'adapters/platform')).toEqual([]);
    });
  }

  it('src/commands never imports src/adapters at all', () => {
    expect(violations('commands', (t) => t.startsWith('adapters'))).toEqual([]);
  });

  for (const adapter of ADAPTERS) {
    it(`src/adapters/${adapter} never imports another adapter`, () => {
      expect(violations(`adapters/${adapter}`, (t) => t.startsWith('adapters/') && !t.startsWith(`adapters/${adapter}`) && t !== 'adapters/platform')).toEqual([]);
    });
  }
});
