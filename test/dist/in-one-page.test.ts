/**
 * The dist/ loading checks that open their own frames and set no viewport
 * size, run in one page (web-test-runner.config.mjs leaves the files imported
 * here out of its own list): alone each spent about as long loading its page
 * as testing. Any of them still runs alone: `npx wtr --files test/dist/loader.test.ts`.
 */
import './dist-loading.test.js';
import './late-children.test.js';
import './loader.test.js';
import './minified-text.test.js';
