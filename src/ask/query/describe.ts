// A parsed query in one line, for logs and as a hint to the language model (apart from the parser,
// which it only reads).
import type { ParsedQuery } from './types.js';

/** A one-line description of a parsed query, for logs and as a hint to the language model. */
export function describeQuery(p: ParsedQuery): string {
  const s = p.subjects;
  const parts = [
    `attribute=${p.attributes[0]?.attribute.id ?? 'none'}`,
    `operator=${p.operator}${p.topN ? `(${p.topN})` : ''}${p.rank ? ` rank=${p.rank}` : ''}${p.after?.length ? ` after=${p.after.map((c) => c.id).join(',')}` : ''}`,
    s.countries.length ? `countries=${s.countries.map((c) => c.id).join(',')}` : '',
    s.world ? 'world' : '',
    s.minerals.length ? `minerals=${s.minerals.map((m) => m.id).join(',')}` : '',
    s.elements.length ? `elements=${s.elements.map((e) => e.symbol).join(',')}` : '',
    s.events.length ? `events=${s.events.slice(0, 3).map((e) => e.id).join(',')}` : '',
    p.time ? `time=${p.time.start}..${p.time.end}${p.time.yearInferred ? ' (year from the dataset calendar)' : ''}` : '',
    p.years ? `years=${p.years.join(',')}` : '',
    p.unknown.length ? `unknown=${p.unknown.slice(0, 5).join(',')}` : '',
  ];
  return parts.filter(Boolean).join(' ');
}
