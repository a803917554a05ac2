// Broken-fixture helpers: copy the real data/ into a temporary directory, break one thing, load it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { defaultDataDir, loadDataset, type DataError } from '../../src/dataset/load.js';

export const DATA_DIR = defaultDataDir();

const made: string[] = [];

/** A fresh copy of data/ (removed by cleanupFixtures). */
export function copyData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lodestone-data-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  made.push(dir);
  return dir;
}

export function cleanupFixtures(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

type Json = Record<string, unknown>;

/** Parse `file`, let `edit` change it, write it back as YAML. */
export function edit<T = Json[]>(dir: string, file: string, change: (value: T) => void): void {
  const path = join(dir, file);
  const value = parse(readFileSync(path, 'utf8')) as T;
  change(value);
  writeFileSync(path, stringify(value));
}

export function writeRaw(dir: string, file: string, text: string): void {
  writeFileSync(join(dir, file), text);
}

export function readRaw(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

/** Index of the item with this id (or symbol) in a list file. */
export function indexOf(dir: string, file: string, id: string, key = 'id'): number {
  const list = parse(readFileSync(join(dir, file), 'utf8')) as Json[];
  const i = list.findIndex((x) => x[key] === id);
  if (i < 0) throw new Error(`${id} not in ${file}`);
  return i;
}

/** Load a directory that must fail; returns its errors. */
export async function errorsOf(dir: string): Promise<DataError[]> {
  const r = await loadDataset(dir);
  if (r.ok) throw new Error('expected the dataset to be invalid, but it loaded');
  return r.errors;
}

/** The errors without line numbers, for exact comparison. */
export const plain = (errors: DataError[]): Omit<DataError, 'line'>[] =>
  errors.map(({ file, path, reason }) => ({ file, path, reason }));
