/**
 * The messages between `embed.html` (in the frame) and the page that holds
 * the frame. Documented in docs/embedding.md ("Iframe embed"), so that a host can
 * write its own resizer instead of loading ours.
 *
 * - frame to host: `{ type: "critical-friend:embed-height", height }`, the
 *   height in CSS pixels that the frame needs to show the widget without a
 *   scroll bar; sent when the frame loads and whenever that height changes.
 * - host to frame: `{ type: "critical-friend:embed-ping" }` asks the frame to
 *   send its height again (for a resizer that starts after the frame).
 *
 * A height is not a secret, so the frame sends it to any parent (`"*"`);
 * hosts match the message to a frame by `event.source`, never by its data.
 */
export const HEIGHT_MESSAGE = 'critical-friend:embed-height';
export const PING_MESSAGE = 'critical-friend:embed-ping';

/** Heights outside this range are ignored by the resizer: a frame cannot make itself absurdly tall. */
export const MAX_FRAME_HEIGHT = 20_000;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as Record<string, unknown>;
  return type === HEIGHT_MESSAGE && typeof height === 'number' && Number.isFinite(height) && height >= 0 && height <= MAX_FRAME_HEIGHT;
}

export function isPingMessage(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as Record<string, unknown>).type === PING_MESSAGE;
}
