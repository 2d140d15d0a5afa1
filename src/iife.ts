/**
 * The classic-script build (`dist/critical-friend.iife.js`): registers every
 * element and sets `window.CriticalFriend`, for pages that paste one
 * `<script>` tag (no `type="module"`).
 */
import * as CriticalFriend from './index.js';

declare global {
  interface Window {
    CriticalFriend?: typeof CriticalFriend;
  }
}

// A second copy on the page keeps the first one's global (the first definitions win too).
if (typeof window !== 'undefined' && !window.CriticalFriend) window.CriticalFriend = CriticalFriend;
