// "Did China reinstate the October controls in December 2026?": a yes/no question about a suspended measure
// at a day or month after its suspension ran out and after the dataset's own date. No record tells what
// followed, so the reply says how far the record goes, where a "yes" read off the measure's terms would
// answer for a time the dataset does not reach.
import type { CommandContext } from '../../commands/types.js';
import type { AnswerFirst, ParsedQuery } from '../query/types.js';
import type { Event } from '../../dataset/schema.js';
import { ranOut, suspendedBy } from './suspension-records.js';
import { datesIn } from '../query/time.js';

export function afterSuspensionEnd(ctx: CommandContext, p: ParsedQuery): AnswerFirst | undefined {
  if (!p.polar) return undefined;
  // Any day or month the question writes out past the dataset's date ("the October controls … in December
  // 2026": the month naming the measure is no time asked).
  const time = datesIn(p.text, ctx.dataset).filter((x) => (x.kind === 'day' || x.kind === 'month') && !x.relative && x.start > ctx.dataset.meta.as_of).at(-1);
  if (!time) return undefined;
  const ends = p.subjects.namedEvents.filter((e) => e.kind === 'export-control')
    .map((m) => suspendedBy(ctx, m)).filter((s): s is Event => s !== undefined && s.suspended_until! < time.end);
  if (ends.length !== 1) return undefined;
  return ranOut(ctx, ends[0]!, ends[0]!.suspended_until!);
}
