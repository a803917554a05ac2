// Discord REST failures as delivery outcomes: a channel that is gone or closed to the bot pauses the
// subscription (permanent, with a sentence a channel admin understands); 5xx, timeouts and network
// trouble are transient, without `retryAfterMs`, because the message may have gone out (the
// scheduler then checks with findPosted before posting again). `retryAfterMs` is only for a rate
// limit, where nothing was posted; discord.js's REST normally waits those out itself.
import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { DeliveryError } from '../../briefings/delivery.js';

/** Discord JSON error codes we explain (https://discord.com/developers/docs/topics/opcodes-and-status-codes). */
export const DISCORD_CODES = {
  UnknownChannel: 10003,
  UnknownGuild: 10004,
  UnknownMessage: 10008,
  MissingAccess: 50001,
  CannotMessageUser: 50007,
  MissingPermissions: 50013,
  InvalidFormBody: 50035,
  ThreadArchived: 50083,
} as const;

const PERMANENT: Record<number, string> = {
  [DISCORD_CODES.UnknownChannel]: 'The channel no longer exists (Discord: Unknown Channel).',
  [DISCORD_CODES.UnknownGuild]: 'Lodestone is no longer in this server (Discord: Unknown Guild).',
  [DISCORD_CODES.MissingAccess]: 'Lodestone cannot see this channel (Discord: Missing Access). Give it View Channel there, or invite it again.',
  [DISCORD_CODES.MissingPermissions]: 'Lodestone lacks a permission in this channel (Discord: Missing Permissions). It needs View Channel, Send Messages, Embed Links and Attach Files.',
  [DISCORD_CODES.CannotMessageUser]: 'Discord does not allow Lodestone to message this user (Discord: Cannot send messages to this user).',
  [DISCORD_CODES.ThreadArchived]: 'The thread is archived (Discord: Thread is archived). Unarchive it or subscribe another channel.',
};

export function discordCode(err: unknown): number | undefined {
  return err instanceof DiscordAPIError && typeof err.code === 'number' ? err.code : undefined;
}

/** Any error from a Discord REST call → a DeliveryError with a human reason. */
export function toDeliveryError(err: unknown, what: string): DeliveryError {
  if (err instanceof DeliveryError) return err;
  if (err instanceof DiscordAPIError) {
    const code = typeof err.code === 'number' ? err.code : undefined;
    const known = code !== undefined ? PERMANENT[code] : undefined;
    if (known) return new DeliveryError(`${what}: Discord ${err.status} code ${code}`, true, known);
    if (err.status === 401) {
      return new DeliveryError(`${what}: Discord 401`, false, 'Discord rejected the bot token (401); check DISCORD_TOKEN.');
    }
    if (err.status === 404) return new DeliveryError(`${what}: Discord 404 code ${String(err.code)}`, true, 'Discord could not find the channel or message (404).');
    return new DeliveryError(`${what}: Discord ${err.status} code ${String(err.code)}`, false, `Discord refused the message (${err.status}, code ${String(err.code)}).`);
  }
  if (err instanceof RateLimitError) {
    return new DeliveryError(`${what}: rate limited`, false, 'Discord rate limit; retrying later.', Math.max(err.retryAfter, 1), err.global);
  }
  if (err instanceof HTTPError) {
    return new DeliveryError(`${what}: Discord ${err.status}`, false, `Discord had a server error (${err.status}); retrying later.`);
  }
  const name = err instanceof Error ? err.name : 'Error';
  return new DeliveryError(`${what}: ${name}`, false, 'Discord could not be reached; retrying later.');
}
