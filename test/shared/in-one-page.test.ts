/**
 * Unit tests of the shared pieces that render no element, run in one page
 * (web-test-runner.config.mjs leaves the files imported here out of its own
 * list): alone each spent more time loading its page than testing. Any of
 * them still runs alone: `npx wtr --files test/shared/strings.test.ts`.
 */
import './locales-complete.test.js';
import './radio-keys.test.js';
import './storage.test.js';
import './strings.test.js';
