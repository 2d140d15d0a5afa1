// Unit, interaction and dist-loading tests in headless Chromium.
// Chromium comes from Debian (/usr/bin/chromium); test tools never download a browser here.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { testServerRoutes } from './test/support/test-server-routes.mjs';
import { reactEsmPlugin } from './test/support/react-esm.mjs';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { defaultReporter } from '@web/test-runner';
import { timingReporter } from './test/support/timing-reporter.mjs';

const chromium = process.env.CHROME_PATH || '/usr/bin/chromium';

// The browser tests come in two sets (CF_TEST_SET):
// - "quick": the unit and element tests (`npm run test:quick`);
// - "heavy": the suites that need a build (dist, embed, hostile pages) and
//   the feedparser corpus run.
// `npm test` runs the two sets side by side, in two browsers with one page
// each: the heavy set mostly waits (frames, feeds, timers), so the pair
// finishes sooner than one after the other, and each keyboard test still has
// its page in front. Without CF_TEST_SET, everything runs here in one browser.
const HEAVY = [
  'test/dist/**/*.test.ts',
  'test/embed/**/*.test.ts',
  // every hostile page but content.test.ts, which runs the source modules in
  // the test page: it goes with the quick set so the two sets take about as
  // long (quiet machine, session 3: quick 167 s, heavy 282 s with it)
  'test/hostile/{csp,embed-config,in-one-page,loading,memory,page-css,storage}.test.ts',
  'test/feed/corpus.test.ts',
  // test/study-feed/sanitize-corpus.test.ts (source modules, about 17 s) went
  // to the quick set when small files there came to share pages:
  // the quick set had become about 30 s shorter than this one
];

// Small test files of one area can run in one page: each file costs about
// 1.3 s of page load on a quiet machine however few its tests. A test file
// that imports other test files (`import './rss.test.js';`) runs them in its
// page, and they are then left out of the runs here, so a file is never run
// twice nor left out; alone, any of them still runs with `npx wtr --files`.
const IMPORTED_TEST = /^import '(\.{1,2}\/[^']+\.test)\.js';$/gm;
const root = fileURLToPath(new URL('.', import.meta.url));
/** Every test file that another test file imports, as paths from the repository root. */
function testsRunInAnotherPage(dir = 'test') {
  const found = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const file = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...testsRunInAnotherPage(file));
    else if (file.endsWith('.test.ts')) for (const [, imported] of readFileSync(path.join(root, file), 'utf8').matchAll(IMPORTED_TEST)) found.push(`${path.posix.join(dir, imported)}.ts`);
  }
  return found;
}
const notAlone = testsRunInAnotherPage().map((file) => `!${file}`);

// `npm test` runs its two browsers on the sets below with these quick-set
// files moved to the heavy side, so that the two finish together. In session
// 5 the heavy side lost about a third of test/hostile/embed-config.test.ts
// and took test/pros-cons/a11y and test/study-feed/focus-announce (16 s); in
// session 6 it gained test/embed/reserve-widths and builder-host (about 40 s:
// heavy 239 s, quick 202 s on a quiet machine), so those two went back.
// `npm run test:quick` runs every quick-set file whatever this says.
const MOVED_TO_HEAVY_SIDE = [];

const FILE_SETS = {
  quick: ['test/**/*.test.ts', ...HEAVY.map((pattern) => `!${pattern}`), ...notAlone],
  heavy: [...HEAVY, ...notAlone],
};
// npm test's two browsers (scripts/test.mjs): every file of both sets, once
FILE_SETS['quick-side'] = [...FILE_SETS.quick, ...MOVED_TO_HEAVY_SIDE.map((file) => `!${file}`)];
FILE_SETS['heavy-side'] = [...FILE_SETS.heavy, ...MOVED_TO_HEAVY_SIDE];
const testSet = process.env.CF_TEST_SET;
if (testSet && !FILE_SETS[testSet]) throw new Error(`CF_TEST_SET="${testSet}" is not a test set: use ${Object.keys(FILE_SETS).join(', ')}`);

/** A free port: two runners started at once would otherwise both take 8000. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default {
  files: testSet ? FILE_SETS[testSet] : ['test/**/*.test.ts', ...notAlone],
  ...(testSet ? { port: await freePort() } : {}),
  nodeResolve: true,
  // One page at a time: keyboard tests (sendKeys, Tab order, :focus-visible)
  // need the page in front, which pages running side by side take from each other.
  concurrency: 1,
  // A backstop only: each test has its own limit (long ones per step of their
  // work, test/support/progress.ts), so a hang fails there. This one must not
  // fail a whole file that is making progress on a busy machine.
  testsFinishTimeout: 1_200_000,
  testFramework: { config: { timeout: 10_000 } },
  // The test framework, then test/support/readable-failures.js: a failed
  // assertion about a DOM node is reported instead of hanging the page.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="${testFramework}"></script><script type="module" src="/test/support/readable-failures.js"></script></body></html>`,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // React is CommonJS: served as ES modules for test/react/ (issue 5)
    reactEsmPlugin(),
    // accessible names as the browser computes them (test/pros-cons/a11y.test.ts)
    a11ySnapshotPlugin(),
  ],
  middleware: testServerRoutes,
  reporters: [defaultReporter(), timingReporter()],
  // Lit's development build says so on every page; the message is noise here.
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').startsWith('Lit is in dev mode'),
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromium,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          // test files run side by side in several pages: keep timers and
          // animation frames running in the ones that are not in front
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
          // test/hostile/memory.test.ts: window.gc() and unrounded performance.memory
          '--js-flags=--expose-gc',
          '--enable-precise-memory-info',
        ],
      },
    }),
  ],
};
