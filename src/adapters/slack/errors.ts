// Slack Web API failures as DeliveryErrors: permanent ones (the channel is gone, the app lacks a
// permission) pause a subscription with a reason a channel admin can act on; rate limits carry
// Slack's Retry-After; server and network errors are transient.
import { webApi } from '@slack/bolt';
import { DeliveryError } from '../../briefings/delivery.js';

const PERMANENT: Record<string, string> = {
  channel_not_found: 'Slack cannot find the channel, or it is private and Lodestone was not invited.',
  is_archived: 'The channel is archived.',
  channel_is_archived: 'The channel is archived.',
  not_in_channel: 'Lodestone is not a member of the channel: invite it with /invite @Lodestone.',
  missing_scope: 'The Slack app lacks a permission it needs: reinstall it from the manifest (lodestone slack manifest).',
  account_inactive: 'The Slack app was uninstalled or its bot user deactivated.',
  invalid_auth: 'The Slack bot token is invalid (check SLACK_BOT_TOKEN).',
  not_authed: 'No Slack bot token was sent (check SLACK_BOT_TOKEN).',
  token_revoked: 'The Slack bot token was revoked: reinstall the app and update SLACK_BOT_TOKEN.',
  token_expired: 'The Slack bot token expired: reinstall the app and update SLACK_BOT_TOKEN.',
  no_permission: 'Lodestone is not allowed to post in this channel.',
  restricted_action: 'A workspace setting prevents Lodestone from posting in this channel.',
  restricted_action_read_only_channel: 'The channel is read-only for apps.',
  restricted_action_thread_only_channel: 'The channel only allows replies in threads.',
  restricted_action_non_threadable_channel: 'The channel does not allow threads.',
  ekm_access_denied: 'Your workspace administrators have suspended the ability to post a message.',
  team_access_not_granted: 'The Slack app is not installed in the workspace that owns this channel.',
  cannot_reply_to_message: 'Slack refuses replies to this message.',
  invalid_blocks: 'Slack rejected the message layout.',
  msg_blocks_too_long: 'Slack rejected the message as too long.',
  msg_too_long: 'Slack rejected the message as too long.',
};

const TRANSIENT = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ratelimited', 'rate_limited', 'message_limit_exceeded']);

/** Retry-After used when Slack reports a rate limit in the body without a header. */
const DEFAULT_RETRY_MS = 1_000;

export function toDeliveryError(error: unknown, action = 'Slack request'): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const e = (error ?? {}) as { code?: string; data?: { error?: string }; retryAfter?: number; statusCode?: number };
  switch (e.code) {
    case webApi.ErrorCode.RateLimitedError: {
      const ms = Math.max(0, (e.retryAfter ?? 1) * 1000);
      return new DeliveryError(`${action}: rate limited by Slack`, false, 'Slack rate limit; retrying later.', ms);
    }
    case webApi.ErrorCode.PlatformError: {
      const code = e.data?.error ?? 'unknown_error';
      if (code === 'ratelimited' || code === 'rate_limited' || code === 'message_limit_exceeded') {
        return new DeliveryError(`${action}: ${code}`, false, 'Slack rate limit; retrying later.', DEFAULT_RETRY_MS);
      }
      if (TRANSIENT.has(code)) return new DeliveryError(`${action}: ${code}`, false, `Slack is having trouble (${code}); retrying later.`);
      return new DeliveryError(`${action}: ${code}`, true, PERMANENT[code] ?? `Slack refused the request (${code}).`);
    }
    case webApi.ErrorCode.HTTPError:
      return new DeliveryError(`${action}: HTTP ${String(e.statusCode)}`, false, `Slack answered HTTP ${String(e.statusCode)}; retrying later.`);
    default:
      return new DeliveryError(`${action}: ${error instanceof Error ? error.message : String(error)}`, false, 'Slack could not be reached; retrying later.');
  }
}

/** True when a failed post may nevertheless have reached the channel (server error, lost response). */
export function mayHavePosted(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === webApi.ErrorCode.HTTPError || code === webApi.ErrorCode.RequestError ||
    (code === webApi.ErrorCode.PlatformError && TRANSIENT.has((error as { data?: { error?: string } }).data?.error ?? '') &&
      !['ratelimited', 'rate_limited', 'message_limit_exceeded'].includes((error as { data?: { error?: string } }).data?.error ?? ''));
}
