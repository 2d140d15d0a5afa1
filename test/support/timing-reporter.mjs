// A web-test-runner reporter that says where the time goes: after the run it
// prints the test files and the single tests that took longest, and counts
// the tests. A test over SLOW_TEST_MS on this machine is named as such: split
// it (issue 13 keeps each test under about 20 s on a quiet machine, so a busy
// one still finishes it). A file's wall time (page load and module
// imports included, which no test's duration counts) is the time from the
// previous file's end to its own: with one page per runner, files run one
// after another. CF_SLOWEST=15 prints more lines.
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const SLOW_TEST_MS = 20_000;

/** Every test of a suite tree, with its suite path in its name. */
function* testsOf(suite, prefix = []) {
  const names = suite.name ? [...prefix, suite.name] : prefix;
  for (const test of suite.tests ?? []) yield { ...test, fullName: [...names, test.name].join(' > ') };
  for (const child of suite.suites ?? []) yield* testsOf(child, names);
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`.padStart(8);
}

export function timingReporter({ top = Number(process.env.CF_SLOWEST) || 8 } = {}) {
  const wallMs = new Map();
  let lastEnd = 0;
  return {
    onTestRunStarted() {
      lastEnd = performance.now();
    },
    reportTestFileResults({ testFile }) {
      const now = performance.now();
      wallMs.set(path.relative(process.cwd(), testFile), now - lastEnd);
      lastEnd = now;
    },
    onTestRunFinished({ sessions }) {
      const files = [];
      const tests = [];
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      for (const session of sessions) {
        const file = path.relative(process.cwd(), session.testFile);
        let fileMs = 0;
        for (const test of session.testResults ? testsOf(session.testResults) : []) {
          fileMs += test.duration ?? 0;
          tests.push({ file, ...test });
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        files.push({ file, ms: fileMs, wall: wallMs.get(file) });
      }
      files.sort((a, b) => b.ms - a.ms);
      tests.sort((a, b) => (b.duration ?? 0) - (a.duration ?? 0));
      const lines = ['', `Slowest test files (sum of their tests, then wall time with page and imports; ${files.length} files):`];
      for (const { file, ms, wall } of files.slice(0, top)) lines.push(`${seconds(ms)}${wall === undefined ? '' : seconds(wall)}  ${file}`);
      const byWall = files.filter((file) => file.wall !== undefined).sort((a, b) => b.wall - a.wall);
      if (byWall.length) {
        lines.push('Slowest test files by wall time:');
        for (const { file, wall } of byWall.slice(0, top)) lines.push(`${seconds(wall)}  ${file}`);
      }
      lines.push('Slowest tests:');
      for (const test of tests.slice(0, top)) {
        const flag = (test.duration ?? 0) > SLOW_TEST_MS ? '  <- over 20 s (split it if it is on a quiet machine)' : '';
        lines.push(`${seconds(test.duration ?? 0)}  ${test.file}: ${test.fullName}${flag}`);
      }
      lines.push(`browser: ${passed} passed, ${failed} failed, ${skipped} skipped`);
      console.log(lines.join('\n'));
    },
  };
}
