/**
 * The hostile-page checks that each open their own frames and are short,
 * run in one page (web-test-runner.config.mjs leaves the files imported here
 * out of its own list): alone each spent about as long loading its page as
 * testing. Any of them still runs alone: `npx wtr --files test/hostile/csp.test.ts`.
 */
import './csp.test.js';
import './loading.test.js';
import './page-css.test.js';
import './storage.test.js';
