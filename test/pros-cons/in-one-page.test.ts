/**
 * <cf-pros-cons> test files that use no keyboard, no viewport size and no
 * part loaded on first use, run in one page (web-test-runner.config.mjs
 * leaves the files imported here out of its own list): alone each spent
 * about as long loading its page as testing. Any of them still runs alone:
 * `npx wtr --files test/pros-cons/balance.test.ts`.
 */
import './authoring.test.js';
import './balance.test.js';
import './export-data.test.js';
import './forms-persist.test.js';
import './property-updates.test.js';
