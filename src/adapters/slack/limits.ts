// Slack's Block Kit limits (https://docs.slack.dev/reference/block-kit/blocks). The renderer keeps
// every message inside them, so Slack never rejects an answer for its size.
export const LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  fieldsPerSection: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  /** Slack allows 3,000; context is small print, so long sources are clipped well before. */
  contextText: 2000,
  /**
   * Slack answers msg_blocks_too_long for messages whose blocks hold much more than ~13k characters
   * in total (not documented as a number); staying at 12k per message leaves a margin.
   */
  messageChars: 12_000,
  /** The notification / fallback `text`. Slack allows 40k; notifications show a line or two. */
  fallbackText: 600,
  /** A response_url accepts five posts; the first answer goes out as the ack. */
  respondMessages: 5,
} as const;
