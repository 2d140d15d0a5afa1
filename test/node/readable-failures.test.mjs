// A failed assertion whose values are DOM nodes is reported by the browser
// test run, with the test's name, instead of hanging the page until the run
// ends with "browser disconnected" (test/support/readable-failures.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

test('a browser test that fails on DOM nodes is reported, and the next test still runs', () => {
  const run = spawnSync('npx', ['wtr', '--files', 'test/fixtures/runner/failing-node-assertion.ts'], {
    encoding: 'utf8',
    // a free port of its own (web-test-runner.config.mjs), beside any other run
    env: { ...process.env, CF_TEST_SET: 'quick' },
    // without the fix the page never reports: the run would wait for its backstop
    timeout: 90_000,
  });
  const output = `${run.stdout}\n${run.stderr}`;
  assert.equal(run.signal, null, `the run hung and was stopped:\n${output}`);
  assert.match(output, /a failed assertion about DOM nodes > is reported/);
  assert.match(output, /expected null to equal <button>Go<\/button>/);
  assert.match(output, /1 passed, 1 failed/);
  assert.notEqual(run.status, 0);
});
