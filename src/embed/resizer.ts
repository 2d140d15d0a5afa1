/**
 * `dist/embed-resizer.js`: the optional script for pages that hold iframe
 * embeds and allow one script. It sets each embed frame's (`<iframe
 * data-cf-embed>`) height to the
 * height the frame reports (see protocol.ts), so the widget never scrolls
 * inside its frame. Without it a frame keeps the fixed height of its snippet.
 * Loading it twice is harmless: the second copy does nothing.
 */
import { PING_MESSAGE, isHeightMessage } from './protocol.js';

const LOADED = Symbol.for('critical-friend.embed-resizer');
type Holder = { [LOADED]?: true };

/**
 * Only frames the page marked as embeds (`data-cf-embed`, which the builder's
 * snippet has): any other frame on the page (an advert, a video) could send
 * the same message, and must not be able to resize itself through us.
 */
const EMBED_FRAMES = 'iframe[data-cf-embed]';

function frameOf(source: MessageEventSource | null): HTMLIFrameElement | undefined {
  if (!source) return undefined;
  for (const frame of Array.from(document.querySelectorAll<HTMLIFrameElement>(EMBED_FRAMES))) {
    if (frame.contentWindow === source) return frame;
  }
  return undefined;
}

function start(): void {
  const holder = globalThis as unknown as Holder;
  if (holder[LOADED]) return;
  holder[LOADED] = true;
  addEventListener('message', (event) => {
    if (!isHeightMessage(event.data)) return;
    const frame = frameOf(event.source);
    // important: a snippet's per-width heights are important, to beat its inline fallback
    if (frame) frame.style.setProperty('height', `${Math.ceil(event.data.height)}px`, 'important');
  });
  // frames that loaded before this script have already sent their height
  const ping = () => {
    for (const frame of Array.from(document.querySelectorAll<HTMLIFrameElement>(EMBED_FRAMES))) frame.contentWindow?.postMessage({ type: PING_MESSAGE }, '*');
  };
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', ping, { once: true });
  else ping();
}

start();
