// npm test's stage runner (scripts/lib/run-stages.mjs): a failing stage does
// not stop the later ones, the summary names it, and the tests are counted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/**
 * A command that says it started, then waits until `other` has started too, and
 * fails after 5 s if it never does: run one after the other, two of them fail.
 * No time is compared, so a busy machine slows them without failing them.
 */
function meeting(dir, me, other, check = 'true') {
  const mark = (name) => `require('path').join(${JSON.stringify(dir)}, '${name}')`;
  return node(
    `const fs = require('fs'); fs.writeFileSync(${mark(me)}, ''); console.log('${me} started'); const deadline = Date.now() + 5000; ` +
      `const wait = () => fs.existsSync(${mark(other)}) ? (console.log('${me} met ${other}'), process.exit(${check} ? 0 : 1)) : Date.now() > deadline ? process.exit(1) : setTimeout(wait, 20); wait();`,
  );
}

/** Runs `body` with a fresh temporary folder, removed afterwards. */
async function inTemporaryFolder(body) {
  const dir = mkdtempSync(join(tmpdir(), 'cf-stages-'));
  try {
    return await body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a parallel stage runs its commands at the same time, each with its own environment', () =>
  inTemporaryFolder(async (dir) => {
    const command = (name, other) => ({ command: meeting(dir, name, other, `process.env.SET === '${name}'`), env: { SET: name } });
    const { failed } = await captured([{ name: 'browser', parallel: true, commands: [command('quick', 'heavy'), command('heavy', 'quick')] }]);
    assert.deepEqual(failed, []);
  }));

test('stages of one group run side by side, each reported under its own name, the later ones printed after the first', () =>
  inTemporaryFolder(async (dir) => {
    const { failed, text } = await captured([
      { name: 'build', group: 'checks', commands: [meeting(dir, 'build', 'lint')] },
      { name: 'lint', group: 'checks', commands: [meeting(dir, 'lint', 'build')] },
      { name: 'after', commands: [node("console.log('after ran')")] },
    ]);
    assert.deepEqual(failed, []);
    assert.match(text, /=== build ===\nbuild started\nbuild met lint\n[\s\S]*=== lint ===\nlint started\nlint met build\n[\s\S]*after ran/);
    assert.match(text, /^ok {4}build/m);
    assert.match(text, /^ok {4}lint/m);
    assert.match(text, /^3 of 3 stages passed$/m);
  }));
