// The strict-CSP page's module: exposes parseFeed from the same module instance
// the page loaded, so the test can call it inside the page's realm (where the
// Trusted Types policy applies to DOMParser).
import { parseFeed } from '/dist/critical-friend.js';

window.__cf = { parseFeed };
