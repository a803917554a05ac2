// The Block Kit shapes the renderer emits (a subset of Slack's KnownBlock), kept minimal so tests
// can compare whole payloads.
export interface MrkdwnText {
  type: 'mrkdwn';
  text: string;
}

export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji: boolean;
}

export type SlackBlock =
  | { type: 'header'; text: PlainText }
  | { type: 'section'; text: MrkdwnText }
  | { type: 'section'; fields: MrkdwnText[] }
  | { type: 'context'; elements: MrkdwnText[] }
  | { type: 'actions'; block_id?: string; elements: ButtonElement[] }
  | { type: 'image'; image_url: string; alt_text: string }
  | { type: 'divider' };

export interface ButtonElement {
  type: 'button';
  action_id: string;
  text: PlainText;
  /** At most 2,000 characters (Block Kit). */
  value: string;
  style?: 'primary';
}

/** One Slack message: the part shared by chat.postMessage, ack() and respond(). */
export interface SlackMessage {
  /** Fallback for notifications and clients without Block Kit; always set. */
  text: string;
  blocks: SlackBlock[];
  unfurl_links: false;
  unfurl_media: false;
}

export const mrkdwn = (text: string): MrkdwnText => ({ type: 'mrkdwn', text });

/** Characters Slack counts for a block (the budget for msg_blocks_too_long). */
export function blockChars(b: SlackBlock): number {
  switch (b.type) {
    case 'header':
    case 'section':
      return 'fields' in b ? b.fields.reduce((n, f) => n + f.text.length, 0) : b.text.text.length;
    case 'context':
      return b.elements.reduce((n, e) => n + e.text.length, 0);
    case 'actions':
      return b.elements.reduce((n, e) => n + e.text.text.length + e.value.length, 0);
    case 'image':
      return b.alt_text.length;
    case 'divider':
      return 0;
  }
}
