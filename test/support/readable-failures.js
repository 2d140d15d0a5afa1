/**
 * Loaded in every test page, after the test framework (the `testRunnerHtml`
 * of web-test-runner.config.mjs).
 *
 * A failed assertion keeps its `actual` and `expected` values on the error,
 * and the test runner sends them to its server. A DOM node cannot be sent
 * (structured cloning throws on it, and a Lit element's properties are
 * circular for JSON), so a failing `expect(shadow.activeElement).to.equal(button)`
 * was never reported: the page's session never finished, and minutes later
 * the run ended with "browser disconnected" and no word of which test failed
 * (session 4). Here every failed test's `actual` and `expected` that cannot
 * be sent are replaced by a short description before results are collected.
 */

/** A short, sendable description of a value the runner cannot send. */
export function describeValue(value) {
  if (typeof Node !== 'undefined' && value instanceof Node) {
    if (!(value instanceof Element)) return `${value.nodeName} node`;
    const id = value.id ? `#${value.id}` : '';
    const classes = value.classList.length ? `.${[...value.classList].join('.')}` : '';
    const text = (value.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
    return `<${value.localName}${id}${classes}>${text ? ` "${text}"` : ''}`;
  }
  if (value === null || typeof value !== 'object') return String(value);
  return Object.prototype.toString.call(value);
}

function sendable(value) {
  try {
    structuredClone(value);
    JSON.stringify(value);
    return true;
  } catch {
    return false;
  }
}

/** Makes a failed test's `actual` and `expected` sendable; returns the error. */
export function makeSendable(error) {
  if (error && typeof error === 'object') {
    for (const key of ['actual', 'expected']) {
      if (key in error && !sendable(error[key])) error[key] = describeValue(error[key]);
    }
  }
  return error;
}

// Mocha's root suite: an afterEach there runs after every test in the page,
// after a failure has been recorded on the test and before results are sent.
const rootSuite = globalThis.mocha?.suite;
if (rootSuite) {
  rootSuite.afterEach(function makeFailureSendable() {
    makeSendable(this.currentTest?.err);
  });
}
