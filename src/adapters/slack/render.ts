// Block Kit renderer for the platform-neutral Reply. Every message it returns is inside Slack's
// limits (limits.ts): long replies continue in further messages, or are shortened with a note when
// even that is too much; nothing is ever rejected by Slack for its size. All reply text is escaped
// (escape.ts), so no user or dataset text can form a mention, a broadcast or a link.
import type { ChartSpec, Locale, Reply } from '../../reply/model.js';
import { blockChars, mrkdwn, type SlackBlock, type SlackMessage } from './blocks.js';
import { clipEscaped, clipPlain, escapeCode, escapeMrkdwn, escapePlain, mrkdwnLink, neutraliseBroadcasts } from './escape.js';
import { LIMITS } from './limits.js';
import { renderTable } from './table.js';
import { splitForSlack } from './text-split.js';
import { safeText, truncateGraphemes } from '../../reply/safe-text.js';
import { PairMemo } from '../../util/pair-memo.js';
import { keepJson } from './message-json.js';

export interface RenderOptions {
  /** At most this many messages; beyond it the answer is shortened with a note. Default 5. */
  maxMessages?: number;
  /**
   * The public address of a chart's PNG (LODESTONE_PUBLIC_URL, src/charts/images.ts): the chart is
   * shown as an image block under its text alternative instead of being uploaded.
   */
  chartUrl?: (chart: ChartSpec) => string;
}

/** Slack's limit on an image block's alt text. */
const MAX_IMAGE_ALT = 2000;

const WORDS: Record<Locale, { sources: string; try: string; shortened: string; continued: string; chart: string; moreSources: (n: number) => string }> = {
  en: {
    sources: 'Sources',
    try: 'Try',
    shortened: 'Shortened: the full answer is too long for Slack. Narrow the question for the rest.',
    continued: '(continued)',
    chart: 'Chart',
    moreSources: (n) => `and ${n} more`,
  },
  de: {
    sources: 'Quellen',
    try: 'Probier',
    shortened: 'Gekürzt: Die vollständige Antwort ist zu lang für Slack. Eine engere Frage zeigt den Rest.',
    continued: '(Fortsetzung)',
    chart: 'Diagramm',
    moreSources: (n) => `und ${n} weitere`,
  },
};

/** At most this many source links (three context blocks of a label and nine links) and characters. */
const MAX_SOURCE_LINKS = 27;
const MAX_SOURCE_CHARS = 4000;
const MAX_SOURCE_LABEL = 200;
/** A link longer than this (a very long URL) is shown as its label only. */
const MAX_LINK = 600;

const section = (escaped: string): SlackBlock => ({ type: 'section', text: mrkdwn(neutraliseBroadcasts(escaped)) });
const context = (escaped: string[]): SlackBlock => ({
  type: 'context',
  elements: escaped.map((t) => mrkdwn(clipEscaped(neutraliseBroadcasts(t), LIMITS.contextText))),
});

function paragraphBlocks(text: string, prefix = ''): SlackBlock[] {
  return splitForSlack(text, LIMITS.sectionText - prefix.length).map((piece, i) => section((i === 0 ? prefix : '') + escapeMrkdwn(piece)));
}

/**
 * The body, in order, stopping once it holds more than `budget` characters: whatever lies beyond
 * could not be sent anyway, and a huge reply should not cost time to render in full.
 */
function bodyBlocks(reply: Reply, w: Words, budget: number, chartUrl?: (chart: ChartSpec) => string): SlackBlock[] {
  const out: SlackBlock[] = [];
  let used = 0;
  const push = (blocks: SlackBlock[]): boolean => {
    for (const b of blocks) {
      out.push(b);
      used += blockChars(b);
    }
    return used <= budget;
  };
  const paragraphs = reply.blocks.filter((p) => p.trim());
  for (const [i, p] of paragraphs.entries()) {
    if (!push(paragraphBlocks(p, reply.kind === 'error' && i === 0 ? ':warning: ' : ''))) return out;
  }
  if (reply.fields) for (const group of fieldGroups(reply.fields)) if (!push(group)) return out;
  if (reply.table && !push(tableBlocks(reply.table))) return out;
  if (reply.chart) {
    const prefix = `:bar_chart: *${clipEscaped(escapeMrkdwn(reply.chart.title || w.chart), 200)}*\n`;
    if (!push(paragraphBlocks(reply.chart.alt, prefix))) return out;
    if (chartUrl) push([{ type: 'image', image_url: chartUrl(reply.chart), alt_text: truncateGraphemes(safeText(reply.chart.alt), MAX_IMAGE_ALT) || w.chart }]);
  }
  return out;
}

/**
 * Renderings of frozen reply parts, by identity. The core shares one frozen table and source list
 * per dataset, entity and language among every spelling that reaches it (src/commands/renderings.ts),
 * so uncached answers mostly carry parts already rendered; a frozen part can never change under its
 * rendering, and the WeakMap lets both go together.
 */
const memo = new WeakMap<object, unknown>();
function once<K extends object, V>(key: K, make: (k: K) => V): V {
  if (!Object.isFrozen(key)) return make(key);
  let v = memo.get(key) as V | undefined;
  if (v === undefined) memo.set(key, (v = make(key)));
  return v;
}

/** once() for blocks, whose JSON is then kept too (message-json.ts): a frozen part's blocks go into every answer that carries it. */
function onceBlocks<K extends object, V extends readonly SlackBlock[] | readonly SlackBlock[][]>(memo: WeakMap<object, unknown>, key: K, make: (k: K) => V): V {
  if (!Object.isFrozen(key)) return make(key);
  let v = memo.get(key) as V | undefined;
  if (v === undefined) {
    memo.set(key, (v = make(key)));
    keepJson((v as readonly unknown[]).flat() as SlackBlock[]);
  }
  return v;
}

const tableMemo = new WeakMap<object, unknown>();
const tableBlocks = (table: NonNullable<Reply['table']>): SlackBlock[] => onceBlocks(tableMemo, table, (t) => renderTable(t).map(section));

/**
 * The fields as the body adds them, in groups that go in together: inline fields ten to a section,
 * then each other field as its label and paragraphs. A frozen field list (a shared rendering's, also
 * in an answer with a typo note in front) is rendered once.
 */
const fieldMemo = new WeakMap<object, unknown>();
const fieldGroups = (all: NonNullable<Reply['fields']>): SlackBlock[][] => onceBlocks(fieldMemo, all, (list) => {
  const groups: SlackBlock[][] = [];
  const inline = list.filter((f) => f.inline !== false);
  for (let i = 0; i < inline.length; i += LIMITS.fieldsPerSection) {
    const fields = inline.slice(i, i + LIMITS.fieldsPerSection).map((f) =>
      mrkdwn(neutraliseBroadcasts(clipEscaped(`*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(f.value)}`, LIMITS.fieldText))));
    groups.push([{ type: 'section', fields }]);
  }
  for (const f of list.filter((x) => x.inline === false)) {
    const label = `*${clipEscaped(escapeMrkdwn(f.label), 200)}*\n`;
    groups.push(paragraphBlocks(f.value, label));
  }
  return groups;
});

/**
 * Source links repeat in most answers (the dataset has a few dozen sources), and each costs a URL
 * parse and several escaping passes. Answers to questions carry fresh (unfrozen) source lists, so
 * the memo by list identity below misses for them; a link is a pure function of the source's URL
 * and label (the dataset's own strings), so it is kept by those, as Discord's maskedLink does:
 * a map by URL, then label (PairMemo), bounded at 2,000 links.
 */
const sourceLinkMemo = new PairMemo<string | undefined, string, string>(2_000, (url, label) => {
  const short = truncateGraphemes(label, MAX_SOURCE_LABEL);
  const link = mrkdwnLink(url, short);
  return link.length > MAX_LINK ? mrkdwnLink(undefined, short) : link;
});
const sourceLink = (url: string | undefined, label: string): string => sourceLinkMemo.get(url, label);

/** The escaped source links within the caps, and how many did not fit. */
const sourceLinks = (sources: Reply['sources']): { links: readonly string[]; hidden: number } => once(sources, (list) => {
  const links: string[] = [];
  let chars = 0;
  for (const s of list) {
    const link = sourceLink(s.url, s.label);
    if (links.length === MAX_SOURCE_LINKS || chars + link.length > MAX_SOURCE_CHARS) break;
    links.push(link);
    chars += link.length;
  }
  return { links, hidden: list.length - links.length };
});

type Words = (typeof WORDS)[Locale];

/** The source links' context blocks; a frozen source list's are kept per locale. */
const sourceMemo = new Map<Words, WeakMap<object, unknown>>(Object.values(WORDS).map((w) => [w, new WeakMap()]));
const sourceBlocks = (sources: Reply['sources'], w: Words): SlackBlock[][] => onceBlocks(sourceMemo.get(w) ?? new WeakMap(), sources, (list) => {
  const out: SlackBlock[] = [];
  const known = sourceLinks(list);
  const links = [...known.links];
  const hidden = known.hidden;
  if (hidden > 0) links.push(escapeMrkdwn(w.moreSources(hidden)));
  const perBlock = LIMITS.contextElements - 1;
  for (let i = 0; i < links.length; i += perBlock) {
    out.push(context([`*${w.sources}:*`, ...links.slice(i, i + perBlock)]));
  }
  return [out];
});

/**
 * The footer's context block by its text: every answer carries one of a few (the dataset version
 * and date, per locale), so it is kept; a bounded map, since replies from services may bring others.
 */
const footerMemo = new Map<string, SlackBlock>();
function footerBlock(footer: string): SlackBlock {
  let b = footerMemo.get(footer);
  if (!b) {
    if (footerMemo.size >= 64) footerMemo.clear();
    footerMemo.set(footer, (b = keepJson([context([escapeMrkdwn(footer)])])[0]!));
  }
  return b;
}

/** The suggestions' context block ("Try: …"); a frozen suggestion list's is kept per locale. */
const suggestionMemo = new Map<Words, WeakMap<object, unknown>>(Object.values(WORDS).map((w) => [w, new WeakMap()]));
const suggestionBlocks = (list: readonly string[], w: Words): SlackBlock[][] => onceBlocks(suggestionMemo.get(w) ?? new WeakMap(), list, (all) => {
  const suggestions = all.filter((s) => s.trim()).slice(0, 10);
  return [suggestions.length ? [context([`${w.try}: ${suggestions.map((s) => `\`${escapeCode(s)}\``).join(' · ')}`])] : []];
});

function tailBlocks(reply: Reply, w: Words): SlackBlock[] {
  const out = [...sourceBlocks(reply.sources, w)[0]!];
  if (reply.footer?.trim()) out.push(footerBlock(reply.footer));
  if (reply.suggestions) out.push(...suggestionBlocks(reply.suggestions, w)[0]!);
  return out;
}

interface Packed {
  blocks: SlackBlock[];
  chars: number;
}

const fits = (m: Packed, more: SlackBlock[]): boolean =>
  m.blocks.length + more.length <= LIMITS.blocksPerMessage &&
  m.chars + more.reduce((n, b) => n + blockChars(b), 0) <= LIMITS.messageChars;

const add = (m: Packed, more: SlackBlock[]): void => {
  m.blocks.push(...more);
  m.chars += more.reduce((n, b) => n + blockChars(b), 0);
};

/**
 * Greedy packing of blocks into messages; the tail (sources, footer, suggestions) goes in the last
 * message. With more than `max` messages needed, body blocks that do not fit are dropped and a
 * note says the answer was shortened.
 */
function pack(head: SlackBlock[], body: SlackBlock[], tail: SlackBlock[], max: number, note: SlackBlock): Packed[] {
  const messages: Packed[] = [{ blocks: [], chars: 0 }];
  let current = messages[0]!;
  add(current, head);
  let shortened = false;
  for (const b of body) {
    const isLast = messages.length === max;
    const reserve = isLast ? [note, ...tail] : [];
    if (fits(current, [b, ...reserve])) {
      add(current, [b]);
      continue;
    }
    if (!isLast && fits({ blocks: [], chars: 0 }, [b])) {
      current = { blocks: [], chars: 0 };
      messages.push(current);
      add(current, [b]);
      continue;
    }
    shortened = true;
    break;
  }
  if (shortened) add(current, [note]);
  if (fits(current, tail)) add(current, tail);
  else if (messages.length < max) messages.push({ blocks: [...tail], chars: tail.reduce((n, b) => n + blockChars(b), 0) });
  return messages.filter((m) => m.blocks.length > 0);
}

function fallbackText(reply: Reply, blocks: SlackBlock[], first: boolean, w: Words): string {
  const firstText = blocks.find((b): b is Extract<SlackBlock, { type: 'section'; text: unknown }> => b.type === 'section' && 'text' in b);
  const lead = first && reply.title ? escapeMrkdwn(reply.title) : first ? '' : w.continued;
  const body = firstText?.text.text ?? '';
  const text = [lead, body].filter(Boolean).join(lead && first ? ': ' : ' ');
  return neutraliseBroadcasts(clipEscaped(text || 'Lodestone', LIMITS.fallbackText));
}

export function renderReply(reply: Reply, opts: RenderOptions = {}): SlackMessage[] {
  const w = WORDS[reply.locale] ?? WORDS.en;
  const max = Math.max(1, opts.maxMessages ?? LIMITS.respondMessages);
  const head: SlackBlock[] = reply.title?.trim()
    ? [{ type: 'header', text: { type: 'plain_text', text: clipPlain(escapePlain(reply.title.replace(/\s+/g, ' ').trim()), LIMITS.headerText), emoji: true } }]
    : [];
  let body = bodyBlocks(reply, w, max * LIMITS.messageChars, opts.chartUrl);
  if (head.length === 0 && body.length === 0) body = [section(escapeMrkdwn(reply.kind === 'error' ? ':warning:' : '…'))];
  const packed = pack(head, body, tailBlocks(reply, w), max, context([`_${escapeMrkdwn(w.shortened)}_`]));
  return packed.map((m, i) => ({
    text: fallbackText(reply, m.blocks, i === 0, w),
    blocks: m.blocks,
    unfurl_links: false,
    unfurl_media: false,
  }));
}
