// Builds what a delivery posts (reply and chart PNG), with caches: a 10,000-channel fan-out
// renders each distinct digest and each chart once, not once per channel.
import type { Dataset } from '../dataset/dataset.js';
import type { Reply } from '../reply/model.js';
import type { Logger } from '../ops/log.js';
import type { ChangeSetRow, Store, Subscription } from '../store/index.js';
import { buildDigest } from './digest.js';
import { fingerprintOf, hashFingerprint, type Fingerprint } from './fingerprint.js';
import { buildSummitBriefing, editionsFor, type EditionPlan, type SummitKind } from './summit.js';
import { BoundedCache } from '../util/bounded-cache.js';
import { buildUpdatePost, combineSets } from '../updates/post.js';
import { diffDatasets, type Change } from '../updates/changes.js';
import { contentHash, deserialise } from '../updates/snapshot.js';
import type { PreviousDigest } from './digest-changes.js';
import { REASON } from './reasons.js';

export interface Content {
  reply: Reply;
  chartPng?: Buffer;
}

/** Nothing to post, on purpose: recorded as skipped with this reason. */
export interface Skip {
  skip: string;
}

type RenderPng = (spec: NonNullable<Reply['chart']>) => Promise<Buffer>;

export class ContentBuilder {
  readonly #store: Store;
  readonly #log: Logger;
  readonly #renderPng: RenderPng | undefined;
  readonly #fingerprints = new BoundedCache<string, Fingerprint>(256);
  readonly #stored = new Set<string>();
  readonly #current = new WeakMap<Dataset, Map<string, { fp: Fingerprint; hash: string }>>();
  readonly #replies = new BoundedCache<string, { reply: Reply; nothingNew: boolean }>(512);
  readonly #plans = new BoundedCache<string, EditionPlan[]>(512);
  readonly #charts = new BoundedCache<string, Promise<Buffer | undefined>>(64);
  readonly #diffs = new BoundedCache<string, Promise<Change[] | null>>(16);
  readonly #datasetIds = new WeakMap<Dataset, number>();
  #nextDatasetId = 1;

  constructor(opts: { store: Store; log: Logger; renderPng?: RenderPng }) {
    this.#store = opts.store;
    this.#log = opts.log;
    this.#renderPng = opts.renderPng;
  }

  #dsId(ds: Dataset): number {
    let id = this.#datasetIds.get(ds);
    if (!id) {
      id = this.#nextDatasetId++;
      this.#datasetIds.set(ds, id);
    }
    return id;
  }

  /** The fingerprint of the dataset as of `date`, stored (once) so ledger rows can reference it. */
  async currentFingerprint(ds: Dataset, date: string): Promise<{ fp: Fingerprint; hash: string }> {
    let byDate = this.#current.get(ds);
    if (!byDate) {
      byDate = new Map();
      this.#current.set(ds, byDate);
    }
    let v = byDate.get(date);
    if (!v) {
      const fp = fingerprintOf(ds, date);
      v = { fp, hash: hashFingerprint(fp) };
      byDate.set(date, v);
    }
    if (!this.#stored.has(v.hash)) {
      await this.#store.putFingerprint(v.hash, JSON.stringify(v.fp));
      this.#stored.add(v.hash);
      this.#fingerprints.set(v.hash, v.fp);
    }
    return v;
  }

  async fingerprint(hash: string | null): Promise<Fingerprint | null> {
    if (!hash) return null;
    const hit = this.#fingerprints.get(hash);
    if (hit) return hit;
    const body = await this.#store.getFingerprint(hash);
    if (!body) return null;
    const fp = JSON.parse(body) as Fingerprint;
    this.#fingerprints.set(hash, fp);
    return fp;
  }

  /**
   * The channel's previous sent digest before `date`, with the fingerprint it was built from and,
   * given the dataset served now, the dataset changes since the version that digest was built from.
   */
  async previous(sub: Subscription, date: string, ds?: Dataset): Promise<(PreviousDigest & { hash: string }) | null> {
    const last = await this.#store.lastSentDigest(sub.id, date);
    const fp = last ? await this.fingerprint(last.fingerprint) : null;
    if (!last || !fp) return null;
    const changes = ds ? await this.versionChanges(fp.h, ds) : null;
    return { date: last.editionDate, fingerprint: fp, hash: last.fingerprint!, changes };
  }

  /** Changes from the stored version `fromHash` to `ds` ([] for the same version; null when unknown). */
  versionChanges(fromHash: string | undefined, ds: Dataset): Promise<Change[] | null> {
    if (!fromHash) return Promise.resolve(null);
    const to = contentHash(ds);
    if (fromHash === to) return Promise.resolve([]);
    const key = `${fromHash}|${to}`;
    let p = this.#diffs.get(key);
    if (!p) {
      p = this.#store.getDatasetVersion(fromHash).then((v) => (v ? diffDatasets(deserialise(v.body), ds) : null)).catch((err: unknown) => {
        this.#log.warn({ err: err instanceof Error ? err.message : String(err), from: fromHash }, 'could not diff against the version of a previous digest; using its fingerprint');
        this.#diffs.delete(key);
        return null;
      });
      this.#diffs.set(key, p);
    }
    return p;
  }

  async plans(ds: Dataset, sub: Subscription, date: string): Promise<EditionPlan[]> {
    const prev = await this.previous(sub, date);
    const key = `${this.#dsId(ds)}|${date}|${prev?.hash ?? '-'}`;
    let plans = this.#plans.get(key);
    if (!plans) {
      plans = editionsFor(ds, date, prev?.fingerprint ?? null);
      this.#plans.set(key, plans);
    }
    return plans;
  }

  async build(ds: Dataset, sub: Subscription, plan: Pick<EditionPlan, 'kind' | 'eventId'>, date: string, opts: { chart?: boolean } = {}): Promise<Content | Skip | null> {
    let reply: Reply | undefined;
    if (plan.kind === 'digest') {
      const prev = await this.previous(sub, date, ds);
      const key = `d|${this.#dsId(ds)}|${date}|${sub.locale}|${sub.timezone}|${prev ? `${prev.date}|${prev.hash}|${prev.changes ? 'v' : '-'}` : '-'}`;
      let built = this.#replies.get(key);
      if (!built) {
        const b = buildDigest({ dataset: ds, date, locale: sub.locale, timezone: sub.timezone, previous: prev });
        built = { reply: b.reply, nothingNew: b.nothingNew };
        this.#replies.set(key, built);
      }
      if (sub.skipEmpty && built.nothingNew) return { skip: REASON.nothingNew };
      reply = built.reply;
    } else if (plan.kind === 'update') {
      if (!plan.eventId) return { skip: REASON.changeSetGone };
      // Change sets held for this channel (quiet hours, a long outage) and merged into this post.
      const merged = await this.#store.mergedUpdates(sub.id, plan.eventId);
      const key = `u|${this.#dsId(ds)}|${plan.eventId}|${merged.join(',')}|${sub.locale}`;
      reply = this.#replies.get(key)?.reply;
      if (!reply) {
        const sets = (await Promise.all([...merged, plan.eventId].map((id) => this.#store.getChangeSet(id))))
          .filter((x): x is ChangeSetRow => x !== null).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
        if (!sets.some((x) => x.id === plan.eventId)) return { skip: REASON.changeSetGone };
        reply = buildUpdatePost(ds, sets.length > 1 ? combineSets(sets) : sets[0]!, sub.locale);
        this.#replies.set(key, { reply, nothingNew: false });
      }
      return { reply };
    } else {
      const ev = plan.eventId ? ds.eventById.get(plan.eventId) : undefined;
      // The event left the calendar since the claim: nothing truthful to post.
      if (!ev) return null;
      reply = buildSummitBriefing(ds, ev, plan.kind as SummitKind, date, sub.locale);
    }
    const chartPng = opts.chart === false ? undefined : await this.chart(reply);
    return chartPng ? { reply, chartPng } : { reply };
  }

  /** The rendered chart, or nothing (the text alternative still travels in the reply). */
  chart(reply: Reply): Promise<Buffer | undefined> {
    const spec = reply.chart;
    if (!spec || !this.#renderPng) return Promise.resolve(undefined);
    const key = JSON.stringify(spec);
    let p = this.#charts.get(key);
    if (!p) {
      p = this.#renderPng(spec).catch((err: unknown) => {
        this.#log.warn({ err: err instanceof Error ? err.message : String(err) }, 'chart rendering failed; posting the text alternative only');
        return undefined;
      });
      this.#charts.set(key, p);
    }
    return p;
  }
}
