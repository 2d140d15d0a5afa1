// scripts/screenshots.mjs (issue 12): the README's pictures, and the
// full-page pictures at given widths the lead takes before and after a change.
// Needs the build (npm test's build stage runs before this node stage) and
// Chromium at /usr/bin/chromium (or CHROME_PATH), as every browser test does.
// Run: node --test test/node/screenshots.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = (...args) => promisify(execFile)(process.execPath, ['scripts/screenshots.mjs', ...args], { cwd: root, timeout: 120_000 });

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file) {
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', `${file} is a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('--widths that are not pixel widths: a clear message and a failing exit, no pictures', async () => {
  const out = mkdtempSync(join(tmpdir(), 'cf-shots-'));
  try {
    await assert.rejects(run('--widths', '360,wide', '--out', out), (error) => {
      assert.equal(error.code, 1);
      assert.match(error.stderr, /--widths takes whole pixel widths/);
      return true;
    });
    assert.deepEqual(readdirSync(out), []);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('--widths 360,800 --out DIR: the whole page at each width, at 1x (here the bare demo page, for time)', async () => {
  const out = mkdtempSync(join(tmpdir(), 'cf-shots-'));
  try {
    await run('--widths', '360,800', '--out', out, '--url', 'demo/bare.html');
    assert.deepEqual(readdirSync(out).sort(), ['demo-360.png', 'demo-800.png']);
    for (const width of [360, 800]) {
      const size = pngSize(join(out, `demo-${width}.png`));
      assert.equal(size.width, width, 'as wide as asked, at 1x');
      assert.ok(size.height > 900, `the whole page, taller than the 900 px window (${size.height} px)`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
