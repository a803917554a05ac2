// Prometheus metrics. One registry per app so tests can run several apps side by side.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export class Metrics {
  readonly registry = new Registry();
  readonly commands = new Counter({ name: 'lodestone_commands_total', help: 'Commands answered, by name and outcome', labelNames: ['name', 'outcome'] as const, registers: [this.registry] });
  readonly commandSeconds = new Histogram({ name: 'lodestone_command_seconds', help: 'Time to answer a command', labelNames: ['name'] as const, buckets: [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 3, 10], registers: [this.registry] });
  readonly deliveries = new Counter({ name: 'lodestone_digest_deliveries_total', help: 'Digest and briefing deliveries, by platform and status', labelNames: ['platform', 'status'] as const, registers: [this.registry] });
  readonly modelCalls = new Counter({ name: 'lodestone_model_calls_total', help: 'Language-model calls, by outcome', labelNames: ['outcome'] as const, registers: [this.registry] });
  readonly modelTokens = new Counter({ name: 'lodestone_model_tokens_total', help: 'Language-model tokens, by kind (prompt, completion)', labelNames: ['kind'] as const, registers: [this.registry] });
  readonly rateLimited = new Counter({ name: 'lodestone_platform_rate_limited_total', help: 'HTTP 429 responses received from a platform', labelNames: ['platform'] as const, registers: [this.registry] });
  readonly datasetReloads = new Counter({ name: 'lodestone_dataset_reloads_total', help: 'Dataset reload attempts, by result', labelNames: ['result'] as const, registers: [this.registry] });
  readonly datasetEditRejected = new Gauge({ name: 'lodestone_dataset_edit_rejected', help: '1 while the newest edit of data/ was rejected (the previous version is still served), else 0', registers: [this.registry] });
  readonly datasetInfo = new Gauge({ name: 'lodestone_dataset_info', help: 'The dataset being served (value 1), by version and as-of date', labelNames: ['version', 'as_of'] as const, registers: [this.registry] });
  readonly ready = new Gauge({ name: 'lodestone_ready', help: '1 while /readyz answers 200, 0 otherwise (as of the last check)', registers: [this.registry] });

  constructor(opts: { defaultMetrics?: boolean } = {}) {
    if (opts.defaultMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'lodestone_' });
  }
}
