// The permissions Lodestone asks for when invited, and the channel-permission arithmetic used to
// check, before subscribing a channel, that the bot can post there (Discord's documented algorithm:
// base from roles, then @everyone, role and member overwrites of the channel).
import { PermissionFlagsBits } from 'discord.js';

/** What the bot needs, in the order the README explains them. */
export const INVITE_PERMISSIONS = [
  ['View Channels', PermissionFlagsBits.ViewChannel],
  ['Send Messages', PermissionFlagsBits.SendMessages],
  ['Send Messages in Threads', PermissionFlagsBits.SendMessagesInThreads],
  ['Embed Links', PermissionFlagsBits.EmbedLinks],
  ['Attach Files', PermissionFlagsBits.AttachFiles],
  ['Read Message History', PermissionFlagsBits.ReadMessageHistory],
  ['Use Application Commands', PermissionFlagsBits.UseApplicationCommands],
] as const;

/** 277025508352 = the sum of the flags above. */
export const INVITE_PERMISSION_BITS: bigint = INVITE_PERMISSIONS.reduce((acc, [, bit]) => acc | bit, 0n);

export const INVITE_SCOPES = ['bot', 'applications.commands'] as const;

export function inviteUrl(applicationId: string): string {
  const q = new URLSearchParams({ client_id: applicationId, scope: INVITE_SCOPES.join(' '), permissions: INVITE_PERMISSION_BITS.toString() });
  return `https://discord.com/oauth2/authorize?${q.toString().replace(/\+/g, '%20')}`;
}

/** What posting a digest needs in a channel (threads need Send Messages in Threads instead). */
export function postingNeeds(isThread: boolean): [string, bigint][] {
  return [
    ['View Channel', PermissionFlagsBits.ViewChannel],
    isThread ? ['Send Messages in Threads', PermissionFlagsBits.SendMessagesInThreads] : ['Send Messages', PermissionFlagsBits.SendMessages],
    ['Embed Links', PermissionFlagsBits.EmbedLinks],
    ['Attach Files', PermissionFlagsBits.AttachFiles],
  ];
}

export interface RoleLike {
  id: string;
  permissions: string;
}

export interface OverwriteLike {
  id: string;
  type: number; // 0 role, 1 member
  allow: string;
  deny: string;
}

/** Effective permissions of a member in a channel. */
export function channelPermissions(opts: {
  guildId: string;
  ownerId?: string;
  userId: string;
  memberRoles: readonly string[];
  roles: readonly RoleLike[];
  overwrites: readonly OverwriteLike[];
}): bigint {
  if (opts.ownerId && opts.ownerId === opts.userId) return ~0n & ((1n << 53n) - 1n);
  const roleById = new Map(opts.roles.map((r) => [r.id, BigInt(r.permissions)]));
  let perms = roleById.get(opts.guildId) ?? 0n;
  for (const id of opts.memberRoles) perms |= roleById.get(id) ?? 0n;
  if (perms & PermissionFlagsBits.Administrator) return ~0n & ((1n << 53n) - 1n);

  const ow = new Map(opts.overwrites.map((o) => [`${o.type}:${o.id}`, o]));
  const everyone = ow.get(`0:${opts.guildId}`);
  if (everyone) perms = (perms & ~BigInt(everyone.deny)) | BigInt(everyone.allow);
  let allow = 0n;
  let deny = 0n;
  for (const id of opts.memberRoles) {
    const o = ow.get(`0:${id}`);
    if (o) {
      allow |= BigInt(o.allow);
      deny |= BigInt(o.deny);
    }
  }
  perms = (perms & ~deny) | allow;
  const member = ow.get(`1:${opts.userId}`);
  if (member) perms = (perms & ~BigInt(member.deny)) | BigInt(member.allow);
  return perms;
}

/** Names of the needed permissions that `perms` lacks. */
export function missing(perms: bigint, needs: [string, bigint][]): string[] {
  return needs.filter(([, bit]) => (perms & bit) !== bit).map(([name]) => name);
}
