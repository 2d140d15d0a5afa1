// npm test's stage runner (scripts/lib/run-stages.mjs): a failing stage does
// not stop the later ones, the summary names it, and the tests are counted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runStages } from '../../scripts/lib/run-stages.mjs';

/** Runs `stages` with their output captured; returns what runStages returned and the text. */
async function captured(stages) {
  let text = '';
  const sink = { write: (chunk) => (text += String(chunk)) };
  const result = await runStages(stages, { stdout: sink, stderr: sink });
  return { ...result, text };
}

const node = (code) => `node -e ${JSON.stringify(code)}`;

test('a failing stage lets the later stages run, and the summary names it', async () => {
  const { failed, text } = await captured([
    { name: 'first', commands: [node("console.log('first ran')")] },
    { name: 'broken', commands: [node('process.exit(3)')] },
    { name: 'last', commands: [node("console.log('last ran')")] },
  ]);
  assert.deepEqual(failed, ['broken']);
  assert.match(text, /first ran/);
  assert.match(text, /last ran/);
  assert.match(text, /^FAIL {2}broken/m);
  assert.match(text, /^ok {4}last/m);
  assert.match(text, /^failed stages: broken$/m);
  assert.match(text, /^2 of 3 stages passed$/m);
});

test('every command of a stage runs, and the stage fails if any of them does', async () => {
  const { failed, text } = await captured([{ name: 'docs', commands: [node('process.exit(1)'), node("console.log('second check ran')")] }]);
  assert.deepEqual(failed, ['docs']);
  assert.match(text, /second check ran/);
});

test("counts the tests from web-test-runner's and node's closing lines", async () => {
  const { counts, text } = await captured([
    { name: 'browser', commands: [node("console.log('browser: 12 passed, 1 failed, 2 skipped')")] },
    { name: 'node', commands: [node("console.log('# pass 5\\n# fail 0\\n# skipped 1')")] },
  ]);
  assert.deepEqual(counts, { passed: 17, failed: 1, skipped: 3 });
  assert.match(text, /^tests: 17 passed, 1 failed, 3 skipped$/m);
});

test('a stage gets its own environment', async () => {
  const { failed } = await captured([{ name: 'env', commands: [node("process.exit(process.env.CF_TEST_SET === 'quick' ? 0 : 1)")], env: { CF_TEST_SET: 'quick' } }]);
  assert.deepEqual(failed, []);
});

test('a parallel stage runs its commands at the same time, each with its own environment', async () => {
  const wait = (name) => ({ command: node(`setTimeout(() => process.exit(process.env.SET === '${name}' ? 0 : 1), 1500)`), env: { SET: name } });
  const started = Date.now();
  const { failed } = await captured([{ name: 'browser', parallel: true, commands: [wait('quick'), wait('heavy')] }]);
  assert.deepEqual(failed, []);
  assert.ok(Date.now() - started < 2900, `took ${Date.now() - started} ms: the commands ran one after the other`);
});
