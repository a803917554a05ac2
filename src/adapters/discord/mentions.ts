// "@Lodestone how large are Brazil's reserves?" — answered as a reply to the message, in the same
// channel (which is the thread when the message is in one). Discord delivers the content of messages
// that mention the bot, and of DMs, even without the privileged Message Content intent; with it, a
// reply to one of Lodestone's answers is understood as a follow-up question without a new @mention.
import { PermissionFlagsBits, Routes, type Message, type REST } from 'discord.js';
import type { CallContext } from '../../commands/core.js';
import type { Locale } from '../../reply/model.js';
import type { Answerer } from './answer.js';
import { messageLocale } from './locale.js';
import { renderPlain, type RenderedMessage } from './render.js';

export interface MentionDeps {
  rest: REST;
  answerer: Answerer;
  defaultLocale: Locale;
  messageContent: boolean;
  /** Send "typing…" when an answer takes longer than this. */
  typingAfterMs: number;
}

const HINT: Record<Locale, string> = {
  en: 'Ask me about rare earths and critical minerals after the mention, for example: "@Lodestone how large are Brazil\'s reserves?" — or type /help for every command.',
  de: 'Stell mir nach der Erwähnung eine Frage zu Seltenen Erden und kritischen Rohstoffen, zum Beispiel: „@Lodestone wie groß sind die Reserven von Vietnam?“ — oder tippe /help für alle Befehle.',
};

/** Whether the message is meant for the bot, and the text without the bot's mention. */
export function addressedText(m: Message, botId: string, messageContent: boolean): string | null {
  const botRole = m.inGuild() ? m.guild.members.me?.roles.botRole?.id : undefined;
  const mentioned = m.mentions.users.has(botId) || (botRole !== undefined && m.mentions.roles.has(botRole));
  const dm = !m.inGuild();
  const replyToBot = messageContent && m.mentions.repliedUser?.id === botId;
  if (!mentioned && !dm && !replyToBot) return null;
  let text = m.content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ');
  if (botRole) text = text.replace(new RegExp(`<@&${botRole}>`, 'g'), ' ');
  return text.replace(/\s+/g, ' ').trim();
}

export async function handleMention(deps: MentionDeps, m: Message, botId: string): Promise<void> {
  if (m.author.bot || m.webhookId || m.system || m.author.id === botId) return;
  const text = addressedText(m, botId, deps.messageContent);
  if (text === null) return;
  const guildLocale = m.inGuild() ? m.guild.preferredLocale : undefined;
  const locale = messageLocale(guildLocale, deps.defaultLocale);

  let messages: RenderedMessage[];
  if (!text) {
    messages = [renderPlain(HINT[locale])];
  } else {
    let canManage = !m.inGuild();
    if (m.inGuild() && m.member) {
      try {
        canManage = m.member.permissionsIn(m.channelId).has(PermissionFlagsBits.ManageChannels);
      } catch {
        canManage = false;
      }
    }
    const call: CallContext = {
      locale,
      actor: { platform: 'discord', userId: m.author.id, canManageChannel: canManage },
      channel: {
        platform: 'discord',
        channelId: m.channelId,
        ...(m.guildId ? { workspaceId: m.guildId } : {}),
        ...(m.channel.isThread() ? { threadId: m.channelId } : {}),
      },
    };
    const typing = setTimeout(() => {
      deps.rest.post(Routes.channelTyping(m.channelId)).catch(() => undefined);
    }, deps.typingAfterMs);
    try {
      messages = (await deps.answerer.text(text, call)).messages;
    } finally {
      clearTimeout(typing);
    }
  }

  for (const [i, msg] of messages.entries()) {
    const { flags, ...body } = msg.body;
    // Ephemeral exists only for interactions; here every part is a normal message.
    const keep = (flags ?? 0) & ~(1 << 6);
    const payload = {
      ...body,
      ...(keep ? { flags: keep } : {}),
      allowed_mentions: { parse: [], replied_user: false },
      ...(i === 0
        ? { message_reference: { message_id: m.id, channel_id: m.channelId, ...(m.guildId ? { guild_id: m.guildId } : {}), fail_if_not_exists: false } }
        : {}),
    };
    await deps.rest.post(Routes.channelMessages(m.channelId), { body: payload, ...(msg.files ? { files: msg.files } : {}) });
  }
}
