// The reply model as Discord messages: embeds within every Discord limit. A long reply becomes
// several embeds and, past 10 embeds or 6,000 characters, several messages — never a rejected one.
// Every message parses no mentions; every text is escaped (see escape.ts).
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Locale, Reply, ReplyKind, ReplyTable } from '../../reply/model.js';
import {
  clean, escapeCodeBlock, escapeInlineCode, escapeMarkdown, len, maskedLink, neutraliseMentions, splitText, truncate,
} from './escape.js';

/** Discord's documented limits for messages and embeds. */
export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedsPerMessage: 10,
  embedTotal: 6000,
} as const;

export const MESSAGE_FLAGS = { SuppressEmbeds: 1 << 2, Ephemeral: 1 << 6 } as const;

export const CHART_FILENAME = 'chart.png';

export interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  allowed_mentions: { parse: []; replied_user?: boolean };
  flags?: number;
  attachments?: { id: number; filename: string; description?: string }[];
}

export interface MessageFile {
  name: string;
  data: Buffer;
  contentType: string;
}

export interface RenderedMessage {
  body: MessageBody;
  files?: MessageFile[];
}

export interface RenderOptions {
  /** The chart as PNG; attached as chart.png and shown as the chart embed's image. */
  chartPng?: Buffer;
  /** The chart's public address (LODESTONE_PUBLIC_URL): shown as the embed's image, nothing attached. */
  chartUrl?: string;
  /**
   * Appended to the footer of each message's last embed (delivery reference for findPosted); a
   * function gives each message of a split reply its own (`part` counts from 0, at most 64 characters).
   */
  marker?: string | ((part: number) => string);
}

const LABELS: Record<Locale, { sources: string; try: string; chart: string; cont: string; empty: string }> = {
  en: { sources: 'Sources', try: 'Try', chart: 'Chart', cont: '(cont.)', empty: 'No answer.' },
  de: { sources: 'Quellen', try: 'Versuche', chart: 'Diagramm', cont: '(Forts.)', empty: 'Keine Antwort.' },
};

const COLORS: Record<ReplyKind, number> = { answer: 0x2b6cb0, briefing: 0xb7791f, error: 0xc53030 };

const ZWSP = '\u200b';

export function embedSize(e: APIEmbed): number {
  let n = len(e.title) + len(e.description) + len(e.footer?.text) + len(e.author?.name);
  for (const f of e.fields ?? []) n += len(f.name) + len(f.value);
  return n;
}

/** Builds embeds one after another, starting a new embed whenever a limit would be crossed. */
class EmbedBuilder {
  readonly embeds: APIEmbed[] = [];
  #cur: APIEmbed;
  constructor(private readonly color: number, private readonly budget: number) {
    this.#cur = { color };
  }

  get current(): APIEmbed {
    return this.#cur;
  }

  next(): APIEmbed {
    if (embedSize(this.#cur) > 0 || this.#cur.image) this.embeds.push(this.#cur);
    this.#cur = { color: this.color };
    return this.#cur;
  }

  /** Appends a paragraph to the current description, or starts a new embed for it. */
  paragraph(text: string, descMax: number): void {
    for (const piece of splitText(text, descMax)) {
      const d = this.#cur.description;
      const fits = d === undefined
        ? !this.#cur.fields?.length && embedSize(this.#cur) + piece.length <= this.budget
        : d.length + 2 + piece.length <= descMax && embedSize(this.#cur) + 2 + piece.length <= this.budget;
      if (!fits) this.next();
      this.#cur.description = this.#cur.description === undefined ? piece : `${this.#cur.description}\n\n${piece}`;
    }
  }

  field(f: APIEmbedField): void {
    const n = this.#cur.fields?.length ?? 0;
    if (n >= LIMITS.fields || embedSize(this.#cur) + f.name.length + f.value.length > this.budget) this.next();
    (this.#cur.fields ??= []).push(f);
  }

  finish(): APIEmbed[] {
    this.next();
    return this.embeds;
  }
}

function fieldPieces(name: string, value: string, cont: string, inline?: boolean): APIEmbedField[] {
  const n = truncate(name, LIMITS.fieldName) || ZWSP;
  const pieces = splitText(value, LIMITS.fieldValue);
  if (!pieces.length) pieces.push('—');
  return pieces.map((v, i) => ({
    name: i === 0 ? n : truncate(`${n} ${cont}`, LIMITS.fieldName),
    value: v,
    ...(inline && pieces.length === 1 ? { inline: true } : {}),
  }));
}

/** A table row padded to the column widths (module-level, not a closure per table: see renderReply). */
function tableLine(cells: string[], widths: number[], align: ReplyTable['align']): string {
  return cells.map((cell, i) => (align?.[i] === 'right' ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
}

const fence = (lines: string[]): string => `\`\`\`\n${lines.join('\n')}\n\`\`\``;

/** A table as one or more code blocks, each at most `max` characters, header repeated. */
export function tableBlocks(table: ReplyTable, max: number): string[] {
  const cols = table.columns.map((c) => escapeCodeBlock(c));
  const rows = table.rows.map((r) => cols.map((_, i) => escapeCodeBlock(r[i] ?? '')));
  const widths = cols.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i]!.length)));
  const head = [tableLine(cols, widths, table.align), widths.map((w) => '-'.repeat(w)).join('  ')];
  const room = max - 8; // the two fences and their newlines
  const headLen = head.join('\n').length;
  const blocks: string[] = [];
  let cur: string[] = [...head];
  let curLen = headLen;
  for (const r of rows) {
    const l = truncate(tableLine(r, widths, table.align), Math.max(20, room - headLen - 1));
    if (cur.length > head.length && curLen + 1 + l.length > room) {
      blocks.push(fence(cur));
      cur = [...head];
      curLen = headLen;
    }
    cur.push(l);
    curLen += 1 + l.length;
  }
  if (cur.length > head.length || rows.length === 0) blocks.push(fence(cur.map((l) => truncate(l, room))));
  return blocks;
}

function sourceLines(reply: Reply): string[] {
  return reply.sources.map((s) => truncate(`• ${maskedLink(s.label, s.url)}`, LIMITS.fieldValue));
}

/** Joins lines into values of at most `max` characters without splitting a line (a link). */
function packLines(lines: string[], max: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const l of lines) {
    if (cur && cur.length + 1 + l.length > max) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur}\n${l}` : l;
  }
  if (cur) out.push(cur);
  return out;
}

function buildEmbeds(reply: Reply, markerLen: number, image: string | undefined): APIEmbed[] {
  const l = LABELS[reply.locale] ?? LABELS.en;
  const footerText = reply.footer ? truncate(neutraliseMentions(clean(reply.footer, false)), LIMITS.footer - markerLen) : undefined;
  // Every embed leaves room for the footer (on the last one) and the per-message marker.
  const budget = LIMITS.embedTotal - len(footerText) - markerLen - 8;
  const descMax = Math.min(LIMITS.description, budget - LIMITS.title);
  const b = new EmbedBuilder(COLORS[reply.kind] ?? COLORS.answer, budget);

  if (reply.title) b.current.title = truncate(escapeMarkdown(reply.title, false), LIMITS.title);
  for (const block of reply.blocks) {
    const text = escapeMarkdown(block).trim();
    if (text) b.paragraph(text, descMax);
  }
  for (const f of reply.fields ?? []) {
    for (const piece of fieldPieces(escapeMarkdown(f.label, false), escapeMarkdown(f.value).trim(), l.cont, f.inline)) b.field(piece);
  }
  if (reply.table && reply.table.columns.length) {
    for (const block of tableBlocks(reply.table, descMax)) b.paragraph(block, descMax);
  }
  if (reply.chart) {
    const chart = b.next();
    chart.title = truncate(escapeMarkdown(reply.chart.title || l.chart, false), LIMITS.title);
    chart.description = truncate(escapeMarkdown(reply.chart.alt), descMax);
    if (image) chart.image = { url: image };
    // Discord draws an embed's image below its fields; sources belong after the picture.
    b.next();
  }
  if (reply.sources.length) {
    for (const value of packLines(sourceLines(reply), LIMITS.fieldValue)) b.field({ name: l.sources, value });
  }
  if (reply.suggestions?.length) {
    const items = reply.suggestions.map((s) => `\`${truncate(escapeInlineCode(s), 200)}\``);
    for (const value of packLines(items, LIMITS.fieldValue)) b.field({ name: l.try, value });
  }
  const embeds = b.finish();
  if (!embeds.length) embeds.push({ color: COLORS[reply.kind] ?? COLORS.answer, description: l.empty });
  if (footerText) embeds[embeds.length - 1]!.footer = { text: footerText };
  return embeds;
}

function withMarker(e: APIEmbed, marker: string): void {
  const text = e.footer?.text ? `${e.footer.text} · ${marker}` : marker;
  e.footer = { text };
}

/** The marker of message `part` (RenderOptions.marker), cleaned and cut to 64 characters. */
function markerOf(marker: RenderOptions['marker'], part: number): string | undefined {
  const m = typeof marker === 'function' ? marker(part) : marker;
  return m ? truncate(neutraliseMentions(clean(m, false)), 64) : undefined;
}

/** Renders a reply as one or more Discord messages (bodies ready for REST). */
export function renderReply(reply: Reply, opts: RenderOptions = {}): RenderedMessage[] {
  // Helpers are module functions, not closures made per reply: under tsx (the benches) every named
  // closure also costs esbuild's __name, a defineProperty call, about 6 % of rendering a reply.
  // Room for the longest marker a part can get.
  const markerLen = opts.marker ? Math.max(markerOf(opts.marker, 0)!.length, markerOf(opts.marker, 99)!.length) + 3 : 0;
  const image = !reply.chart ? undefined : opts.chartUrl ?? (opts.chartPng ? `attachment://${CHART_FILENAME}` : undefined);
  const embeds = buildEmbeds(reply, markerLen, image);
  const flags = reply.ephemeral ? MESSAGE_FLAGS.Ephemeral : 0;

  const groups: APIEmbed[][] = [];
  let group: APIEmbed[] = [];
  let size = 0;
  for (const e of embeds) {
    const s = embedSize(e);
    if (group.length && (group.length >= LIMITS.embedsPerMessage || size + s + markerLen > LIMITS.embedTotal)) {
      groups.push(group);
      group = [];
      size = 0;
    }
    group.push(e);
    size += s;
  }
  if (group.length) groups.push(group);

  return groups.map((g, part) => {
    const marker = markerOf(opts.marker, part);
    if (marker) withMarker(g[g.length - 1]!, marker);
    const body: MessageBody = { embeds: g, allowed_mentions: { parse: [] }, ...(flags ? { flags } : {}) };
    const msg: RenderedMessage = { body };
    if (opts.chartPng && !opts.chartUrl && reply.chart && g.some((e) => e.image)) {
      body.attachments = [{ id: 0, filename: CHART_FILENAME, description: truncate(neutraliseMentions(clean(reply.chart.alt, false)), 1024) }];
      msg.files = [{ name: CHART_FILENAME, data: opts.chartPng, contentType: 'image/png' }];
    }
    return msg;
  });
}

/** A short plain-text message (hints): no embeds, so link previews are suppressed by flag. */
export function renderPlain(text: string, ephemeral = false): RenderedMessage {
  const flags = MESSAGE_FLAGS.SuppressEmbeds | (ephemeral ? MESSAGE_FLAGS.Ephemeral : 0);
  return { body: { content: truncate(escapeMarkdown(text), LIMITS.content), allowed_mentions: { parse: [] }, flags } };
}
