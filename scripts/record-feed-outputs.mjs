// Records what parseFeed returns today for every feed the output-equality
// test checks (test/feed/output-equality.test.ts): each file of feedparser's
// corpus (test/fixtures/feedparser/tests) and the generated feeds of
// test/feed/support/recorded.ts. Writes test/feed/recorded/outputs.json.
// Run it only to accept a change of output on purpose; the test lists the
// differences it allows against the recording.
// Usage: node scripts/record-feed-outputs.mjs   (needs Chromium, like the tests)
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CORPUS = path.join(ROOT, 'test/fixtures/feedparser/tests');
const OUTPUT = path.join(ROOT, 'test/feed/recorded/outputs.json');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const BATCH = 200;

async function listFiles(dir) {
  const files = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(full)));
    else if (entry.isFile()) files.push(path.relative(CORPUS, full).split(path.sep).join('/'));
  }
  return files.sort();
}

async function main() {
  const bundle = await build({
    entryPoints: [path.join(ROOT, 'test/feed/support/record-entry.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'error',
  });
  const browser = await puppeteer.launch({ executablePath: CHROME, headless: true, args: ['--no-sandbox', '--headless=new', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(String(error)));
    await page.setContent('<!doctype html><title>record</title>');
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    const corpus = {};
    const paths = await listFiles(CORPUS);
    for (let i = 0; i < paths.length; i += BATCH) {
      const batch = await Promise.all(
        paths.slice(i, i + BATCH).map(async (file) => [file, (await readFile(path.join(CORPUS, file))).toString('base64')]),
      );
      Object.assign(corpus, await page.evaluate((files) => globalThis.recordCorpus(files), batch));
    }
    const generated = await page.evaluate(() => globalThis.recordGenerated());
    // One line per feed: compact, and a changed recording diffs feed by feed.
    const lines = (outputs) => Object.entries(outputs).map(([name, output]) => `${JSON.stringify(name)}:${JSON.stringify(output)}`);
    const json = `{"corpus":{\n${lines(corpus).join(',\n')}\n},\n"generated":{\n${lines(generated).join(',\n')}\n}}\n`;
    await writeFile(OUTPUT, json);
    console.log(`Recorded ${Object.keys(corpus).length} corpus files and ${Object.keys(generated).length} generated feeds in ${path.relative(ROOT, OUTPUT)} (${(json.length / 1024).toFixed(0)} KB).`);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
