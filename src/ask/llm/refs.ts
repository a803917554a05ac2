// Figures by construction. Every figure, date, count, edition label and number word in a tool
// result becomes a reference the model cites as {{f:N}} instead of typing it. Each reference is
// bound to what the dataset says it is about: its subjects (country, person, element, mineral,
// event), the measure (reserves, production), the editions, and the sources. The reader later
// sees the reference rendered from this table, never the model's copy of it.
import type { Dataset } from '../../dataset/dataset.js';
import type { Figure } from '../../dataset/schema.js';
import type { Locale, Reply, ReplySource } from '../../reply/model.js';
import { extractClaims, type DateValue } from './claims.js';
import { entityMatcher, noSubjects, SUBJECT_KINDS, type Subjects } from './entities.js';
import { findNumeric } from './numeric.js';
import { splitSentences } from './grounding.js';
import { escapeRegExp } from '../query/text.js';

export type RefKind = 'quantity' | 'percent' | 'date' | 'label' | 'word';
export type Measure = Figure['measure'];

export interface RefEdition { id: string; label: string; order: number }

export interface Ref {
  id: number;
  /** As the command wrote it for the reader, in the reader's locale. */
  text: string;
  kind: RefKind;
  /** Normalised value of a quantity or percentage (every reading of an ambiguous separator). */
  values: number[];
  date?: DateValue;
  subjects: Subjects;
  measure?: Measure;
  editions: RefEdition[];
  /** Set when the reference names an edition itself ("USGS MCS 2025"). */
  isEdition?: boolean;
  /** Data years of the dataset figures a quantity was matched to (production is per year). */
  years?: number[];
  sources: ReplySource[];
  tool: string;
}

/** Words before a figure that belong to it: "more than 75 million t" is not "75 million t". */
const QUALIFIER = /(?:more than|less than|at least|at most|about|around|nearly|almost|roughly|over|under|some|mehr als|weniger als|mindestens|höchstens|rund|etwa|fast|knapp|über|unter|ca\.|~|>|<)\s*$/i;
const UNIT_AFTER = /^(?:\s?(?:t|tonnes?|tons?|tonnen|kg|g|mw|gw|t\s?(?:REO|SEO))(?![\p{L}])|\/kg|\s?\((?:estimated|geschätzt)\))+/iu;
const CURRENCY_BEFORE = /(?:US\s?)?[$¥€£]\s?$/;
const LABEL = /(?:(?:No|Nos|Nr|Nrn)\.\s?)?[\p{L}\p{N}]*\p{N}[\p{L}\p{N}]*(?:[.,–-]\p{N}+)*/gu;

interface Span { start: number; end: number; kind: RefKind; values: number[]; date?: DateValue; edition?: RefEdition }

const labelMemo = new WeakMap<Dataset, { re: RegExp; edition: RefEdition }[]>();

function editionLabels(ds: Dataset): { re: RegExp; edition: RefEdition }[] {
  let memo = labelMemo.get(ds);
  if (!memo) labelMemo.set(ds, (memo = buildEditionLabels(ds)));
  return memo;
}

function buildEditionLabels(ds: Dataset): { re: RegExp; edition: RefEdition }[] {
  const out: { label: string; edition: RefEdition }[] = [];
  for (const e of ds.editions) {
    const edition = { id: e.id, label: e.label, order: e.order };
    out.push({ label: e.label, edition });
    const short = e.label.replace(/^USGS\s+/, '').replace(/\s*\(.*\)$/, '');
    if (short !== e.label) out.push({ label: short, edition });
    if (e.label.startsWith('USGS ')) out.push({ label: e.label.replace(/\s*\(.*\)$/, ''), edition });
  }
  // Longest first, so "USGS MCS 2026 (v1.3 corrections)" wins over "MCS 2026".
  return out.sort((a, b) => b.label.length - a.label.length)
    .map(({ label, edition }) => ({ re: new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(label)}(?![\p{L}\p{N}])`, 'gu'), edition }));
}

// Dataset ids ("china-export-controls-apr-2025") are names the model passes to tools, not figures: left as they are.
const DATASET_ID = /(?<![\p{L}\p{N}-])(?=[a-z0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)+(?![\p{L}\p{N}-])/gu;
// Letters and digits in one token ("v1.3", "S28", "5th"): a label, marked whole.
const MIXED = /(?<![\p{L}\p{N}])(?=[\p{L}\p{N}]*\p{L})(?=[\p{L}\p{N}]*\p{N})[\p{L}\p{N}]+(?:\.\p{N}+)*/gu;

function spansOf(line: string, ds: Dataset, locale: Locale): Span[] {
  const spans: Span[] = [];
  const skipped: { start: number; end: number }[] = [];
  const free = (s: number, e: number): boolean => [...spans, ...skipped].every((x) => e <= x.start || s >= x.end);
  for (const m of line.matchAll(DATASET_ID)) if (/\d/.test(m[0])) skipped.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  for (const { re, edition } of editionLabels(ds)) {
    for (const m of line.matchAll(re)) {
      const s = m.index ?? 0;
      if (free(s, s + m[0].length)) spans.push({ start: s, end: s + m[0].length, kind: 'label', values: [], edition });
    }
  }
  for (const m of line.matchAll(MIXED)) {
    const s = m.index ?? 0;
    if (free(s, s + m[0].length)) spans.push({ start: s, end: s + m[0].length, kind: 'label', values: [] });
  }
  for (const c of extractClaims(line, locale)) {
    let start = c.index;
    let end = c.index + c.text.length;
    if (c.kind !== 'date') {
      const before = line.slice(0, start);
      const q = QUALIFIER.exec(before) ?? CURRENCY_BEFORE.exec(before);
      if (q) start -= q[0].length;
      const u = UNIT_AFTER.exec(line.slice(end));
      if (u) end += u[0].length;
    }
    if (!free(start, end)) continue;
    const kind: RefKind = c.kind === 'date' ? 'date' : c.kind === 'pct' ? 'percent' : 'quantity';
    spans.push({ start, end, kind, values: c.kind === 'date' ? [] : c.values, ...(c.kind === 'date' ? { date: c.date } : {}) });
  }
  for (const m of line.matchAll(LABEL)) {
    const s = m.index ?? 0;
    if (free(s, s + m[0].length)) spans.push({ start: s, end: s + m[0].length, kind: 'label', values: [] });
  }
  for (const h of findNumeric(line)) {
    if (h.why === 'digit') continue;
    const s = h.index;
    if (free(s, s + h.text.length)) spans.push({ start: s, end: s + h.text.length, kind: 'word', values: [] });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The segments of a tool-result line that a reference takes its subjects from: a table row, a bullet, a sentence. */
function segmentsOf(line: string): { start: number; end: number }[] {
  const pieces = line.includes(' | ') ? [line] : line.split(/\s•\s/).flatMap((p) => splitSentences(p).flat());
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (const p of pieces) {
    const s = line.indexOf(p, from);
    if (s < 0) continue;
    out.push({ start: s, end: s + p.length });
    from = s + p.length;
  }
  return out.length ? out : [{ start: 0, end: line.length }];
}

function merge(into: Subjects, from: Subjects, onlyEmpty: boolean): void {
  for (const k of SUBJECT_KINDS) if (!onlyEmpty || into[k].size === 0) for (const v of from[k]) into[k].add(v);
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export interface ToolCallInfo {
  tool: string;
  reply: Reply;
  /** The records the tool was asked about (resolved from its arguments), for binding. */
  measure?: Measure;
  mineral?: string;
  subjects: Subjects;
}

/** All references of one question's turn. */
export class RefTable {
  readonly refs = new Map<number, Ref>();
  #next = 1;

  constructor(private readonly ds: Dataset, private readonly locale: Locale) {}

  /** Rewrites a serialised tool result: every figure becomes `{{f:N=text}}`; lines named in `keep` stay as they are. */
  annotate(text: string, call: ToolCallInfo): string {
    const matcher = entityMatcher(this.ds);
    const title = matcher.subjects(call.reply.title ?? '');
    merge(title, call.subjects, false);
    return text.split('\n').map((line) => {
      if (/^(?:Sources|Quellen):/.test(line)) return line;
      const spans = spansOf(line, this.ds, this.locale);
      if (!spans.length) return line;
      const segs = segmentsOf(line);
      const head = matcher.subjects(line.slice(0, segs[0]!.end));
      let out = '';
      let at = 0;
      const segSubjects = new Map<{ start: number; end: number }, Subjects>();
      for (const sp of spans) {
        const seg = segs.find((g) => sp.start >= g.start && sp.start < g.end) ?? segs[0]!;
        let found = segSubjects.get(seg);
        if (!found) segSubjects.set(seg, (found = matcher.subjects(line.slice(seg.start, seg.end))));
        // Each reference gets its own copy: binding a figure narrows its subjects.
        const subjects = noSubjects();
        merge(subjects, found, false);
        merge(subjects, head, true);
        merge(subjects, title, true);
        const editions = spans.filter((o) => o.edition && o.start >= seg.start && o.start < seg.end).map((o) => o.edition!);
        const ref = this.#bind(line.slice(sp.start, sp.end), sp, subjects, editions, call);
        out += `${line.slice(at, sp.start)}{{f:${ref.id}=${ref.text}}}`;
        at = sp.end;
      }
      return out + line.slice(at);
    }).join('\n');
  }

  #bind(text: string, sp: Span, subjects: Subjects, segEditions: RefEdition[], call: ToolCallInfo): Ref {
    const ref: Ref = {
      id: this.#next++, text, kind: sp.kind, values: sp.values, subjects, editions: sp.edition ? [sp.edition] : segEditions,
      sources: call.reply.sources, tool: call.tool, ...(sp.date ? { date: sp.date } : {}), ...(sp.edition ? { isEdition: true } : {}),
    };
    // A bare whole number between 1900 and 2100 is a year.
    if (sp.kind === 'quantity' && /^\d{4}$/.test(text) && sp.values[0]! >= 1900 && sp.values[0]! <= 2100) ref.kind = 'date';
    if (sp.kind === 'quantity' && call.measure) this.#bindFigure(ref, call);
    if (sp.kind === 'date' && subjects.event.size) {
      const evs = [...subjects.event].map((id) => this.ds.eventById.get(id)).filter((e) => e !== undefined);
      const sources = evs.flatMap((e) => e.sources);
      if (sources.length) ref.sources = this.#sources(sources, call.reply.sources);
    }
    this.refs.set(ref.id, ref);
    return ref;
  }

  /** A quantity from a figure command is matched to the dataset figure it shows: its country, editions and sources. */
  #bindFigure(ref: Ref, call: ToolCallInfo): void {
    const countries = ref.subjects.country.size ? ref.subjects.country : new Set(this.ds.countries.map((c) => c.id));
    const hits = this.ds.figures.filter((f) => f.measure === call.measure && (!call.mineral || f.mineral === call.mineral)
      && countries.has(f.country) && f.value !== null && ref.values.some((v) => close(v, f.value!)));
    if (!hits.length) return;
    // Only a quantity matched to a dataset figure carries a measure: what it is a figure of is then known.
    ref.measure = call.measure!;
    ref.subjects.country = new Set(hits.map((f) => f.country));
    const inSegment = new Set(ref.editions.map((e) => e.id));
    const chosen = inSegment.size && hits.some((f) => inSegment.has(f.edition)) ? hits.filter((f) => inSegment.has(f.edition)) : hits;
    ref.editions = [...new Map(chosen.map((f) => this.ds.editionById.get(f.edition)).filter((e) => e !== undefined)
      .map((e) => [e.id, { id: e.id, label: e.label, order: e.order }])).values()];
    ref.sources = this.#sources(chosen.flatMap((f) => f.sources), call.reply.sources);
    const years = [...new Set(chosen.flatMap((f) => (f.year === undefined ? [] : [f.year])))];
    if (years.length) ref.years = years;
  }

  #sources(ids: readonly string[], fallback: ReplySource[]): ReplySource[] {
    const want = new Set(ids);
    const from = fallback.filter((s) => want.has(s.id));
    return from.length ? from : fallback;
  }

  get(id: number): Ref | undefined {
    return this.refs.get(id);
  }
}

/** Subjects of a tool call's arguments, resolved against the dataset (country, mineral, element, event). */
export function argSubjects(ds: Dataset, args: Record<string, string | undefined>): Subjects {
  const s = noSubjects();
  const matcher = entityMatcher(ds);
  for (const [k, v] of Object.entries(args)) {
    if (!v) continue;
    const found = matcher.subjects(v);
    if (k === 'country') found.country.forEach((c) => s.country.add(c));
    if (k === 'mineral') found.mineral.forEach((c) => s.mineral.add(c));
    if (k === 'element') found.element.forEach((c) => s.element.add(c));
    if (k === 'event') merge(s, found, false);
  }
  return s;
}
