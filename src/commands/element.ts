// /element <name|symbol> — class (USGS convention), atomic number, uses, export-control status.
import type { Reply } from '../reply/model.js';
import { formatDate } from '../reply/format.js';
import type { Args, CommandContext, CommandDefinition } from './types.js';
import { answer, Citations, loc, t, usageError } from './common.js';
import { resolveEntity } from './resolve.js';
import { renderedFor, withNotes } from './renderings.js';
import { classLabel, controlEvents } from './element-info.js';
import type { Element } from '../dataset/schema.js';

/**
 * An element's card, built once per dataset, element and locale (renderings.ts): it depends on
 * nothing else, and the notes of this call (a typo read) go in front of it.
 */
export function elementAnswer(ctx: CommandContext, el: Element, notes: string[] = []): Reply {
  return withNotes(renderedFor(ctx.dataset, `element|${el.symbol}|${ctx.locale}`, () => elementCard(ctx, el)), notes);
}

function elementCard(ctx: CommandContext, el: Element): Reply {
  const { dataset: ds, locale } = ctx;
  const cite = new Citations(ds).add(...el.sources);
  const blocks: string[] = [];
  blocks.push(t(locale,
    `${el.name.en} (${el.symbol}, atomic number ${el.z}) is a ${el.class === 'neither' ? 'rare-earth element that is neither light nor heavy' : `${classLabel(el, locale)} rare-earth element`} under the USGS convention.`,
    `${el.name.de} (${el.symbol}, Ordnungszahl ${el.z}) ist nach USGS-Konvention ein ${el.class === 'neither' ? 'Seltenerdelement, das weder zu den leichten noch zu den schweren zählt' : `${classLabel(el, locale)}es Seltenerdelement`}.`));
  if (el.note) blocks.push(loc(locale, el.note));
  blocks.push(`${t(locale, 'Uses', 'Verwendung')}:\n${el.uses[locale].map((u) => `• ${u}`).join('\n')}`);

  const controls = controlEvents(ds, el.symbol);
  if (controls.length) {
    const lines = controls.map((e) => {
      cite.add(...e.sources);
      const outcome = e.outcome ? ` ${loc(locale, e.outcome)}` : '';
      return `• ${formatDate(e.date, locale)} — ${loc(locale, e.title)}.${outcome}`;
    });
    blocks.push(`${t(locale, 'Chinese export controls', 'Chinesische Exportkontrollen')}:\n${lines.join('\n')}`);
  } else {
    blocks.push(t(locale,
      `No export-control measure in the dataset names ${el.name.en} itself.`,
      `Keine Exportkontrolle im Datensatz nennt ${el.name.de} selbst.`));
  }
  for (const f of ds.facts.filter((x) => x.elements.includes(el.symbol)).slice(0, 3)) {
    cite.add(...f.sources);
    blocks.push(loc(locale, f.text));
  }
  for (const d of ds.discrepancies.filter((x) => x.elements.includes(el.symbol)).slice(0, 2)) {
    cite.add(...d.sources);
    blocks.push(`${t(locale, 'Sources compared', 'Quellenvergleich')} — ${loc(locale, d.title)}: ${loc(locale, d.text)}`);
  }
  return answer(ctx, cite, {
    title: `${loc(locale, el.name)} (${el.symbol})`,
    blocks,
    fields: [
      { label: t(locale, 'Symbol', 'Symbol'), value: el.symbol, inline: true },
      { label: t(locale, 'Atomic number', 'Ordnungszahl'), value: String(el.z), inline: true },
      { label: t(locale, 'Class (USGS)', 'Klasse (USGS)'), value: classLabel(el, locale), inline: true },
      { label: t(locale, 'Export controls', 'Exportkontrollen'), value: controls.length ? controls.map((e) => formatDate(e.date, locale)).join(', ') : t(locale, 'none in dataset', 'keine im Datensatz'), inline: true },
    ],
    suggestions: [`/elements ${el.class === 'neither' ? '' : el.class}`.trim(), '/elements'],
  });
}

export const element: CommandDefinition = {
  name: 'element',
  aliases: ['elem'],
  description: {
    en: 'One rare-earth element: class (USGS convention), atomic number, uses, export-control status.',
    de: 'Ein Seltenerdelement: Klasse (USGS-Konvention), Ordnungszahl, Verwendung, Exportkontrollen.',
  },
  args: [
    { name: 'element', type: 'element', required: true, description: { en: 'Element name or symbol (English or German), e.g. Nd, neodymium, Neodym.', de: 'Name oder Symbol des Elements, z. B. Nd, Neodym, neodymium.' } },
  ],
  examples: ['/element Nd', '/element neodymium', '/element Europium', '/element Dysprosium'],
  tool: true,
  cache: 'dataset',
  run: (args, ctx) => runElement(args, ctx),
};

export function runElement(args: Args, ctx: CommandContext): Reply {
  const typed = args.element?.trim();
  if (!typed) {
    return usageError(ctx, t(ctx.locale,
      'Which element? Type a name or symbol, e.g. /element Nd. /elements lists all 17.',
      'Welches Element? Gib einen Namen oder ein Symbol an, z. B. /element Nd. /elements listet alle 17.'), ['/element Nd', '/elements']);
  }
  // An atomic number ("/element 66") names the element as surely as its symbol.
  if (/^\d{1,3}$/.test(typed)) {
    const byZ = ctx.dataset.elements.find((e) => e.z === Number(typed));
    if (byZ) return elementAnswer(ctx, byZ);
    return usageError(ctx, t(ctx.locale,
      `No rare-earth element has atomic number ${typed}: they are 21 (Sc), 39 (Y) and 57–71 (La–Lu). /elements lists all 17.`,
      `Kein Seltenerdelement hat die Ordnungszahl ${typed}: Es sind 21 (Sc), 39 (Y) und 57–71 (La–Lu). /elements listet alle 17.`), ['/elements']);
  }
  const r = resolveEntity(ctx, 'element', typed, (e) => `/element ${e.symbol}`);
  if (!r.ok) return r.reply;
  return elementAnswer(ctx, r.item, r.note ? [r.note] : []);
}
