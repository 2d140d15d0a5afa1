#!/usr/bin/env node
// `npm test` and `npm run test:quick`. Every stage runs, even after one
// fails, and a summary names each stage with its result and time; the exit
// code is non-zero when any stage failed (scripts/lib/run-stages.mjs).
//
//   node scripts/test.mjs                         the full suite (what CI runs)
//   node scripts/test.mjs --quick                 typecheck, lint, unit and element tests
//   node scripts/test.mjs --only browser,node     chosen stages of the full suite
//
// Stages run one after another: on a 2-core machine, running the browser
// tests beside the Storybook build makes both slower and the timing-sensitive
// tests (keyboard focus, animation frames) flakier. Within the browser stage,
// the two test sets run side by side (one page each): the heavy set mostly
// waits, so the pair finishes sooner. The build, typecheck and lint share no
// files (typecheck and lint read only sources; lint ignores dist/ and
// custom-elements.json) and have no timing-sensitive checks, and each uses
// about one core, so they run side by side as one group (the build's output
// first, as it comes; the others' after it).
import { runStages } from './lib/run-stages.mjs';

const FULL = [
  { name: 'build', group: 'checks and build', commands: ['npm run --silent build'] },
  { name: 'typecheck', group: 'checks and build', commands: ['npm run --silent typecheck'] },
  { name: 'lint', group: 'checks and build', commands: ['npm run --silent lint'] },
  // generated files that must match the build: the docs' tables, the README's and docs' CDN hashes, React wrappers and editor data
  { name: 'docs', commands: ['node scripts/readme-tables.mjs --check', 'node scripts/generate-wrappers.mjs --check'] },
  // two browsers side by side: the unit and element tests, and the suites that
  // mostly wait on frames, feeds and timers (web-test-runner.config.mjs)
  {
    name: 'browser',
    parallel: true,
    commands: [
      // the quick and heavy sets, with a few quick-set files moved across so both end together
      { command: 'npx wtr', env: { CF_TEST_SET: 'quick-side' } },
      { command: 'npx wtr', env: { CF_TEST_SET: 'heavy-side' } },
    ],
  },
  { name: 'storybook', commands: ['npm run --silent storybook:build'] },
  // The Node tests and the delivery tests side by side: the Node tests read the
  // sources, dist/ and the manifest, and write nothing; the delivery tests
  // write only site/ and a temporary project. After Storybook, whose build
  // rewrites custom-elements.json, which the Node tests read.
  { name: 'node', group: 'node and delivery', commands: ['node --test test/node/'] },
  // site/ from the build and Storybook above, served under a sub-path; and the npm pack tarball installed elsewhere.
  // Its three files run at once (test:delivery): each mostly waits on its own
  // servers and browser, and one after another they took 55 s of the 6 minutes.
  { name: 'delivery', group: 'node and delivery', commands: ['node scripts/site.mjs && npm run --silent test:delivery'] },
];

// Everyday work: no build, and none of the corpus, hostile-page, dist or
// embed suites (the "quick" set of web-test-runner.config.mjs).
const QUICK = [
  // both mostly use one core each
  { name: 'typecheck and lint', parallel: true, commands: ['npm run --silent typecheck', 'npm run --silent lint'] },
  { name: 'browser (quick set)', commands: ['npx wtr'], env: { CF_TEST_SET: 'quick' } },
];

function chooseStages(argv) {
  if (argv.includes('--quick')) return QUICK;
  const index = argv.findIndex((argument) => argument.startsWith('--only'));
  if (index === -1) return FULL;
  const names = (argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1] ?? '').split(',');
  const unknown = names.filter((name) => !FULL.some((stage) => stage.name === name));
  if (unknown.length) {
    console.error(`Unknown stage "${unknown.join(', ')}". Stages: ${FULL.map((stage) => stage.name).join(', ')}`);
    process.exit(2);
  }
  return FULL.filter((stage) => names.includes(stage.name));
}

const { failed } = await runStages(chooseStages(process.argv.slice(2)));
process.exitCode = failed.length ? 1 : 0;
