/**
 * Time limits that follow the work done, not a guess at the whole.
 *
 * A long test (a corpus, hundreds of payloads) that gets one fixed timeout
 * fails on a busy machine even while it is making steady progress. Instead
 * it gives each step of its work a limit, and calls `step()` after each one.
 *
 * How: mocha restarts a running test's timer whenever its timeout is set
 * again, and at the end it fails a test whose whole duration exceeds the
 * timeout in force. So each step sets the timeout to the time spent so far
 * plus one more step: a hang still fails (within a bounded time), and a
 * machine that is slow but moving only takes longer.
 *
 *   const step = perStep(this, 20_000);           // in an it(), or
 *   const step = perStep(this.currentTest!, ...); // in a beforeEach
 *   for (const batch of batches) { await run(batch); step(); }
 */
export function perStep(test: { timeout(ms: number): unknown }, msPerStep: number): () => void {
  const started = performance.now();
  test.timeout(msPerStep);
  return () => {
    test.timeout(Math.ceil(performance.now() - started) + msPerStep);
  };
}
