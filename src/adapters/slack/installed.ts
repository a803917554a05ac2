// Which workspaces the pre-dispatch shortcut (commands.ts) may answer: the ones Bolt's authorize
// would accept. With one bot token that is the token's own workspace (auth.test's team_id); with
// OAuth installs, a workspace or Enterprise Grid org that has an installation in our store, found
// by the same query Bolt's installer builds from a slash command (team_id, enterprise_id,
// is_enterprise_install). Answers are memoised (bounded, 30 s) so a busy workspace costs one store
// read per half minute, and forgotten at once when this replica sees app_uninstalled or
// tokens_revoked for the workspace; other replicas forget within the 30 s.
import { BoundedCache } from '../../util/bounded-cache.js';

export interface InstallQuery {
  teamId: string | undefined;
  enterpriseId: string | undefined;
  isEnterpriseInstall: boolean;
}

/** The installation query Bolt's authorize builds from a slash command body (App.buildSource). */
export function commandInstallQuery(body: Record<string, unknown>): InstallQuery {
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
  return { teamId: str(body.team_id), enterpriseId: str(body.enterprise_id), isEnterpriseInstall: body.is_enterprise_install === 'true' };
}

const keyOf = (q: InstallQuery): string => (q.isEnterpriseInstall && q.enterpriseId ? `enterprise:${q.enterpriseId}` : `team:${q.teamId ?? ''}`);

interface Entry {
  pending: Promise<boolean>;
  /** Set once the look-up has answered, so a memo hit needs no promise. */
  value?: boolean;
}

export class InstalledTeams {
  readonly #memo: BoundedCache<string, Entry>;

  /** `lookup` answers whether Bolt would authorize the query; a failure counts as "no". */
  constructor(private readonly lookup: (q: InstallQuery) => Promise<boolean>, opts: { maxEntries?: number; ttlMs?: number; now?: () => number } = {}) {
    this.#memo = new BoundedCache(opts.maxEntries ?? 10_000, opts.ttlMs ?? 30_000, opts.now);
  }

  /**
   * Whether the query's workspace is installed: a boolean when the memo knows (no promise on the
   * hot path), else a promise of the look-up.
   */
  installed(q: InstallQuery): boolean | Promise<boolean> {
    const key = keyOf(q);
    const memo = this.#memo.get(key);
    if (memo) return memo.value ?? memo.pending;
    const entry: Entry = { pending: this.lookup(q).catch(() => false) };
    entry.pending = entry.pending.then((ok) => (entry.value = ok));
    this.#memo.set(key, entry);
    return entry.pending;
  }

  /** app_uninstalled / tokens_revoked: the workspace (and its org-wide install) is asked again next time. */
  forget(teamId: string | undefined, enterpriseId?: string): void {
    this.#memo.delete(`team:${teamId ?? ''}`);
    if (enterpriseId) this.#memo.delete(`enterprise:${enterpriseId}`);
  }
}
