// Runs a list of stages (each one or more shell commands) one after another.
// Every stage runs, even after one fails, so a single failure never hides
// what the later stages would have said. Prints a summary: each stage's
// result and time, the stages that failed, and the tests counted from the
// runners' own closing lines. Used by scripts/test.mjs (npm test).
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

// Test counts, read from the runners' closing lines as their output passes
// through: web-test-runner's (test/support/timing-reporter.mjs prints
// "browser: N passed, N failed, N skipped") and node's test runner ("# pass N").
const COUNT_PATTERNS = [
  [/^browser: (\d+) passed, (\d+) failed, (\d+) skipped$/, (m) => [m[1], m[2], m[3]]],
  [/^# pass (\d+)$/, (m) => [m[1], 0, 0]],
  [/^# fail (\d+)$/, (m) => [0, m[1], 0]],
  [/^# skipped (\d+)$/, (m) => [0, 0, m[1]]],
];

function countInto(counts, line) {
  for (const [pattern, read] of COUNT_PATTERNS) {
    const match = pattern.exec(line.trim());
    if (!match) continue;
    const [passed, failed, skipped] = read(match).map(Number);
    counts.passed += passed;
    counts.failed += failed;
    counts.skipped += skipped;
  }
}

/** Runs one shell command, passing its output through; resolves to its exit code. */
function run(command, env, counts, out) {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let pending = '';
    child.stdout.on('data', (chunk) => {
      out.stdout.write(chunk);
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) countInto(counts, line);
    });
    child.stderr.on('data', (chunk) => out.stderr.write(chunk));
    child.on('close', (code, signal) => {
      countInto(counts, pending);
      resolve(code ?? (signal ? 1 : 0));
    });
    child.on('error', () => resolve(1));
  });
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Output held back until `flush`: a stage running beside another prints after it, not mixed into it. */
function heldOutput() {
  const chunks = [];
  const hold = (stream) => ({ write: (chunk) => chunks.push([stream, chunk]) });
  return { stdout: hold('stdout'), stderr: hold('stderr'), flush: (out) => chunks.forEach(([stream, chunk]) => out[stream].write(chunk)) };
}

/** Runs one stage's commands (all at once when `parallel`); resolves to its result and time. */
async function runStage(stage, counts, out) {
  out.stdout.write(`\n=== ${stage.name} ===\n`);
  const started = performance.now();
  // every command of a stage runs too, so both docs checks report; a
  // `parallel` stage starts them all at once
  const commands = stage.commands.map((command) => (typeof command === 'string' ? { command } : command));
  const launch = ({ command, env }) => run(command, { ...stage.env, ...env }, counts, out);
  const codes = stage.parallel ? await Promise.all(commands.map(launch)) : [];
  if (!stage.parallel) for (const command of commands) codes.push(await launch(command));
  return { name: stage.name, passed: codes.every((code) => code === 0), ms: performance.now() - started };
}

/** The stages in runs: consecutive stages with the same `group` run side by side. */
function runsOf(stages) {
  const runs = [];
  for (const stage of stages) {
    const previous = runs.at(-1);
    if (stage.group && previous?.[0].group === stage.group) previous.push(stage);
    else runs.push([stage]);
  }
  return runs;
}

/**
 * @param {Array<{ name: string, commands: Array<string | { command: string, env?: Record<string, string> }>, env?: Record<string, string>, parallel?: boolean, group?: string }>} stages
 *   consecutive stages with the same `group` run side by side (for stages that
 *   share no files and each use about one core); the first one's output is
 *   shown as it comes, the others' after it, each under its own name
 * @param {{ stdout: { write(chunk: unknown): unknown }, stderr: { write(chunk: unknown): unknown } }} [out]
 * @returns {Promise<{ failed: string[], counts: { passed: number, failed: number, skipped: number } }>}
 */
export async function runStages(stages, out = process) {
  const print = (text) => out.stdout.write(`${text}\n`);
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const results = [];
  const started = performance.now();
  for (const group of runsOf(stages)) {
    const held = group.slice(1).map(() => heldOutput());
    results.push(...(await Promise.all(group.map((stage, index) => runStage(stage, counts, index === 0 ? out : held[index - 1])))));
    for (const output of held) output.flush(out);
  }
  const failed = results.filter((result) => !result.passed).map((result) => result.name);
  const width = Math.max(...results.map((result) => result.name.length));
  print('\n=== summary ===');
  for (const result of results) print(`${result.passed ? 'ok  ' : 'FAIL'}  ${result.name.padEnd(width)}  ${seconds(result.ms).padStart(8)}`);
  print(`total  ${seconds(performance.now() - started)}`);
  if (failed.length) print(`failed stages: ${failed.join(', ')}`);
  print(`${results.length - failed.length} of ${results.length} stages passed`);
  // the closing line: the tests that ran, over all stages
  print(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  return { failed, counts };
}
