/**
 * The feed parser's unit tests, run in one page (web-test-runner.config.mjs
 * leaves the files imported here out of its own list): they need no element,
 * no page state and no timers of their own, and alone each spent more time
 * loading its page than testing. Any of them still runs alone:
 * `npx wtr --files test/feed/rss.test.ts`.
 */
import './atom.test.js';
import './dates.test.js';
import './decode.test.js';
import './detect.test.js';
import './errors.test.js';
import './json-feed.test.js';
import './lenient.test.js';
import './output-equality.test.js';
import './rss.test.js';
import './text.test.js';
import './urls.test.js';
import './written-feeds.test.js';
import './xml-reader.test.js';
import './xml-sides.test.js';
