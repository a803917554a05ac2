// DISCORD_BENCH_DIAG=1: what the Discord bench's fake (bench/discord.ts, child process) saw in each
// run, printed by the parent beside its own event-loop utilisation and CPU per interaction. Made to
// find why the mix's rps ratio was bimodal (issue #15): the child's CPU and event-loop utilisation
// (is the fake the bottleneck?), the REST requests by kind (deferrals, edits, follow-ups per
// interaction), answers per 100 ms of the run (a stall shows as a gap) and the interactions answered
// after more than 60 ms, with when they were answered (ms into the run) and how long they took.

/** A REST path with its ids and tokens elided, so requests group by route. */
const routeOf = (method: string, url: string): string => `${method} ${url.replace(/\d{5,}/g, ':id').replace(/tok-[^/?]+/g, ':token')}`;

export class RunDiag {
  readonly #labels = new Map<string, string>();
  readonly #requests: Record<string, number> = {};
  readonly #slow: string[] = [];
  readonly #per100ms: number[] = [];
  #start = 0;
  #cpu = process.cpuUsage();
  #elu = performance.eventLoopUtilization();

  begin(): void {
    this.#start = performance.now();
    this.#cpu = process.cpuUsage();
    this.#elu = performance.eventLoopUtilization();
    this.#labels.clear();
    this.#slow.length = 0;
    this.#per100ms.length = 0;
    for (const k of Object.keys(this.#requests)) delete this.#requests[k];
  }

  sent(token: string, label: string): void {
    this.#labels.set(token, label);
  }

  request(method: string, url: string, deferral: boolean): void {
    const k = deferral ? 'callback type 5' : url.endsWith('/callback') ? 'callback' : routeOf(method, url);
    this.#requests[k] = (this.#requests[k] ?? 0) + 1;
  }

  answered(token: string, latency: number, now: number): void {
    const b = Math.floor((now - this.#start) / 100);
    this.#per100ms[b] = (this.#per100ms[b] ?? 0) + 1;
    if (latency > 60) this.#slow.push(`${this.#labels.get(token) ?? token} @${Math.round(now - this.#start)}ms took ${Math.round(latency)}ms`);
  }

  summary(done: number, sortedLatencies: readonly number[]): Record<string, unknown> {
    const cpu = process.cpuUsage(this.#cpu);
    const at = (q: number): number => Math.round((sortedLatencies[Math.min(sortedLatencies.length - 1, Math.floor(q * sortedLatencies.length))] ?? 0) * 100) / 100;
    return {
      child_cpu_us: Math.round((cpu.user + cpu.system) / Math.max(1, done)),
      child_elu: Math.round(performance.eventLoopUtilization(this.#elu).utilization * 100) / 100,
      p50_ms: at(0.5), p90_ms: at(0.9),
      requests: { ...this.#requests },
      answers_per_100ms: Array.from(this.#per100ms, (n) => n ?? 0).join(' '),
      slow: this.#slow.slice(0, 20),
    };
  }
}
