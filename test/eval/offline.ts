// The offline router over the golden set: which command or fact it routes each question to, and
// what the reply it gives cites.
import type { Dataset } from '../../src/dataset/dataset.js';
import { answerOffline, routeToCommand } from '../../src/ask/router.js';
import { argsMatch, type GoldenCase, type RouteExpect } from './golden.js';
import { citations, replyText, summarise, unsafeText, type CaseResult, type Summary } from './score.js';

type Route = ReturnType<typeof routeToCommand>;

export function describeRoute(route: Route): string {
  if ('refusal' in route) return 'refuse';
  if ('fact' in route) return `fact ${route.fact}`;
  return `${route.command} ${JSON.stringify(route.args)}`;
}

function matchesOne(ds: Dataset, e: RouteExpect, route: Route): boolean {
  if ('fact' in e) return 'fact' in route && route.fact === e.fact;
  return 'command' in route && route.command === e.command && argsMatch(ds, e.args, route.args);
}

/** Whether a route meets the case's expectation (or one of its `also` routes), and which one it met. */
export function matchRoute(ds: Dataset, c: GoldenCase, route: Route): { ok: boolean | null; matched?: RouteExpect } {
  const e = c.expect;
  if ('safe_only' in e) return { ok: null };
  if ('refuse' in e) return { ok: 'refusal' in route };
  const matched = [e, ...(c.also ?? [])].find((x) => matchesOne(ds, x, route));
  return matched ? { ok: true, matched } : { ok: false };
}

export function runOffline(ds: Dataset, cases: readonly GoldenCase[], now = new Date('2026-11-29T09:00:00Z')): { results: CaseResult[]; summary: Summary } {
  const results = cases.map((c): CaseResult => {
    const route = routeToCommand(c.q, ds, c.locale);
    const reply = answerOffline(c.q, { locale: c.locale, now, dataset: ds, services: {} });
    const m = matchRoute(ds, c, route);
    return {
      id: c.id,
      kind: c.kind,
      locale: c.locale,
      routeOk: m.ok,
      got: describeRoute(route),
      refused: 'refusal' in route,
      expectRefuse: 'refuse' in c.expect,
      ...citations(ds, c, reply, m.matched),
      safe: !unsafeText(replyText(reply)),
    };
  });
  return { results, summary: summarise(results) };
}
