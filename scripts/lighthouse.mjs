// npm run lighthouse: Lighthouse 12 (desktop preset) on the demo page,
// served by scripts/serve.mjs on a free port. Prints the scores and the
// cumulative layout shift, saves the report to .lighthouse/ (JSON and HTML),
// and exits 1 unless accessibility is 100 and CLS is below 0.01.
// Needs a build (npm run build) and Chromium at /usr/bin/chromium (or CHROME_PATH).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from './lib/start-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = fileURLToPath(new URL('../.lighthouse/', import.meta.url));
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
// --disable-background-networking and --disable-component-update keep
// Chromium from calling Google on this closed network; Lighthouse itself
// fetches nothing outside the page for these three categories.
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run';
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const TIME_LIMIT_MS = 180_000;
const MAX_CLS = 0.01;


/** Run the Lighthouse CLI; on a time-out, SIGINT lets chrome-launcher close Chromium first. */
function runLighthouse(url, outputBase) {
  const cli = fileURLToPath(new URL('../node_modules/lighthouse/cli/index.js', import.meta.url));
  const args = [
    cli,
    url,
    '--preset=desktop',
    `--only-categories=${CATEGORIES.join(',')}`,
    '--output=json',
    '--output=html',
    `--output-path=${outputBase}`,
    `--chrome-flags=${CHROME_FLAGS}`,
    '--max-wait-for-load=30000',
    '--quiet',
  ];
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, CHROME_PATH: CHROME }, stdio: ['ignore', 'inherit', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGINT');
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    }, TIME_LIMIT_MS);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) reject(new Error(`Lighthouse took longer than ${TIME_LIMIT_MS / 1000} s and was stopped.\n${stderr}`));
      else if (code !== 0) reject(new Error(`Lighthouse failed (${signal ?? `exit ${code}`}):\n${stderr}`));
      else resolve();
    });
  });
}

const score = (category) => (category?.score == null ? 'n/a' : String(Math.round(category.score * 100)));

function nodesOf(audit) {
  const items = audit.details?.items ?? [];
  return items.map((item) => item.node).filter(Boolean).map((node) => `      ${node.selector}  ${node.snippet}${node.explanation ? `\n        ${node.explanation.replace(/\n/g, '\n        ')}` : ''}`);
}

async function main() {
  if (!existsSync(new URL('../dist/critical-friend.js', import.meta.url))) throw new Error('dist/critical-friend.js is missing: run npm run build first.');
  const started = performance.now();
  mkdirSync(OUT_DIR, { recursive: true });
  const outputBase = `${OUT_DIR}demo`; // demo.report.json and demo.report.html
  const server = await startServer();
  const url = `http://localhost:${server.port}/demo/`;
  try {
    await runLighthouse(url, outputBase);
  } finally {
    server.child.kill();
  }
  const reportPath = `${outputBase}.report.json`;
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const { categories, audits } = report;
  const cls = audits['cumulative-layout-shift'];
  const clsValue = cls?.numericValue;

  console.log(`\nLighthouse ${report.lighthouseVersion} on ${url} (desktop preset, ${report.configSettings.throttlingMethod} throttling)`);
  console.log(`Environment: ${report.environment?.hostUserAgent ?? CHROME}, Node ${process.version}`);
  console.log(`| category       | score |\n| -------------- | ----: |`);
  for (const id of CATEGORIES) console.log(`| ${(categories[id]?.title ?? id).padEnd(14)} | ${score(categories[id]).padStart(5)} |`);
  console.log(`\nCumulative layout shift: ${clsValue === undefined ? 'n/a' : clsValue.toFixed(4)} (limit < ${MAX_CLS})`);
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index']) {
    if (audits[id]) console.log(`${audits[id].title}: ${audits[id].displayValue}`);
  }
  for (const item of audits['layout-shifts']?.details?.items ?? []) {
    console.log(`Layout shift ${item.score.toFixed(4)} on ${item.node?.selector ?? '?'} ("${item.node?.nodeLabel ?? ''}")`);
  }

  // Anything below a full score, by category (informative; only accessibility and CLS gate).
  for (const id of CATEGORIES) {
    const failing = (categories[id]?.auditRefs ?? [])
      .map((ref) => ({ ref, audit: audits[ref.id] }))
      .filter(({ ref, audit }) => audit && audit.score !== null && audit.score < 1 && (ref.weight > 0 || id !== 'performance') && audit.scoreDisplayMode !== 'informative');
    if (!failing.length) continue;
    console.log(`\n${categories[id].title}: audits below a full score`);
    for (const { audit } of failing) {
      console.log(`  - ${audit.id} (${Math.round(audit.score * 100)}): ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      for (const line of nodesOf(audit)) console.log(line);
    }
  }

  const offsite = (report.audits['network-requests']?.details?.items ?? []).map((item) => item.url).filter((address) => !address.startsWith(`http://localhost:${server.port}/`) && !address.startsWith('data:'));
  if (offsite.length) console.log(`\nRequests that left the local server: ${offsite.join(', ')}`);
  if (report.runWarnings?.length) console.log(`\nLighthouse warnings:\n  ${report.runWarnings.join('\n  ')}`);
  console.log(`\nReport: ${reportPath} (and demo.report.html). Run time ${((performance.now() - started) / 1000).toFixed(1)} s.`);

  const problems = [];
  if (categories.accessibility?.score !== 1) problems.push(`accessibility is ${score(categories.accessibility)}, not 100`);
  if (!(clsValue < MAX_CLS)) problems.push(`cumulative layout shift is ${clsValue}, not below ${MAX_CLS}`);
  if (report.runtimeError) problems.push(`Lighthouse runtime error: ${report.runtimeError.code} ${report.runtimeError.message}`);
  if (problems.length) {
    console.error(`\nFAIL: ${problems.join('; ')}`);
    return 1;
  }
  console.log('\nPASS: accessibility 100 and CLS below 0.01.');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
