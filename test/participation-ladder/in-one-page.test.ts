/**
 * <cf-participation-ladder> test files that use no keyboard, no viewport
 * size and no part loaded on first use, run in one page
 * (web-test-runner.config.mjs leaves the files imported here out of its own
 * list): alone each spent about as long loading its page as testing. Any of
 * them still runs alone: `npx wtr --files test/participation-ladder/logic.test.ts`.
 */
import './forced-colours.test.js';
import './logic.test.js';
import './required.test.js';
import './words-and-headings.test.js';
