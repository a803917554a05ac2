// Tells the operators' channel (LODESTONE_OPS_CHANNEL, "slack:C…" or "discord:…") that an edit of
// data/ was rejected, with the errors as `lodestone data check` prints them. Best effort: a failed
// post is logged; logs, /readyz and the metric carry the same news.
import type { DeliveryTarget } from '../briefings/delivery.js';
import { idempotencyKey } from '../briefings/keys.js';
import { formatDataError } from '../dataset/errors.js';
import type { Reply } from '../reply/model.js';
import type { Logger } from './log.js';
import type { Rejection } from './reload.js';

const SHOWN = 5;

export function rejectionReply(r: Rejection): Reply {
  const lines = r.errors.slice(0, SHOWN).map((e) => `• ${formatDataError(e)}`);
  if (r.errors.length > SHOWN) lines.push(`… and ${r.errors.length - SHOWN} more (lodestone data check lists them all)`);
  return {
    kind: 'answer',
    locale: 'en',
    title: 'Dataset edit rejected',
    blocks: [`The edit of data/ was rejected with ${r.errors.length} error(s); still serving version ${r.serving}.`, lines.join('\n')],
    sources: [],
  };
}

export function opsNotifier(setting: string | undefined, targets: () => readonly DeliveryTarget[], log: Logger): ((r: Rejection) => void) | undefined {
  if (!setting) return undefined;
  const [platform, channelId] = setting.split(':') as ['slack' | 'discord', string];
  return (r) => {
    const target = targets().find((t) => t.platform === platform);
    if (!target) {
      log.warn({ platform }, 'LODESTONE_OPS_CHANNEL names a platform that is not connected; the rejected edit is only logged');
      return;
    }
    target.post({ platform, channelId }, rejectionReply(r), { key: idempotencyKey('ops', `rejected:${r.at.toISOString()}`) })
      .catch((err: unknown) => log.warn({ err: err instanceof Error ? err.message : String(err), channel: channelId }, 'could not tell the operators\' channel about a rejected edit'));
  };
}
