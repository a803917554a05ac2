// "Last change announced" for /digest status: the first headline of the channel's newest update post.
import { formatDate } from '../reply/format.js';
import type { Locale } from '../reply/model.js';
import type { Store, Subscription } from '../store/index.js';
import { parseChanges } from './post.js';

export async function lastChangeAnnounced(store: Store, sub: Subscription, locale: Locale): Promise<string | null> {
  const last = await store.lastSentUpdate(sub.id);
  if (!last) return null;
  const cs = await store.getChangeSet(last.editionKey.slice('update:'.length));
  const first = cs ? parseChanges(cs)[0] : undefined;
  if (!cs || !first) return null;
  const more = cs.changeCount - 1;
  const extra = more > 0 ? (locale === 'de' ? ` (+${more} weitere)` : ` (+${more} more)`) : '';
  return `${formatDate(last.editionDate, locale)}: ${first.headline[locale]}${extra}`;
}
