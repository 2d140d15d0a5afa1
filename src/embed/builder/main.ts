/**
 * The snippet builder (demo/builder.html), built to dist/builder/builder.js:
 * a form that describes one widget, a live preview, and the snippet a blogger
 * pastes. The widgets and the embed helpers are not bundled in: rollup keeps
 * `../../index.js` and `../index.js` as imports of the built
 * `dist/critical-friend.js` and `dist/embed.js` beside it (rollup.config.mjs).
 *
 * By concern: form.ts and details.ts read the form into a `WidgetConfig` and
 * back, output.ts writes the snippet, measure.ts measures the widget at the
 * widths a snippet meets, checks.ts lists what to fix, feed-test.ts tests a
 * feed, page.ts wires them to the page. The exports are for test/embed/builder.test.ts.
 */
import { start } from './page.js';

export { configFromForm, fillForm, parsePoints, syncVisibility } from './form.js';
export { outputFromForm, snippetFor } from './output.js';
export type { Output } from './output.js';
export { problemsFor } from './checks.js';
export { explainFetchFailure, testFeed } from './feed-test.js';
export { MEASURED_WIDTHS } from './measure.js';
export { start };

if (document.getElementById('cf-builder')) start(document);
