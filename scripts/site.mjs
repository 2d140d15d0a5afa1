// Assembles site/ (issue 10): everything a blogger, a tutor or a designer
// needs, as plain files for any static host, under any path, with no Node:
//   site/index.html        goes to the demo
//   site/demo/             the demo post, the snippet builder, the bare page
//   site/dist/             every built file: loader, widgets, chunks, IIFE,
//                          embed.html with embed-frame.js, the resizer,
//                          integrity.json
//   site/storybook/        the built Storybook
// Every address inside is relative (the demo loads ../dist/, the builder
// finds its files from its own URL), so the folder works at
// https://example.ac.uk/~tutor/cf/ as well as at a host's root. The builder
// copied here defaults its snippets to this site's own files, because the
// CDN snippets work only once the version is on the npm registry.
//
// `npm run site` builds dist/ and Storybook first; `node scripts/site.mjs`
// alone assembles from the dist/ and storybook-static/ already built.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const SITE = 'site';
const NEEDS = { dist: 'npm run build', 'storybook-static': 'npm run storybook:build' };
// the meta tag the builder looks for (SITE_META in src/embed/builder/page.ts)
const SITE_META = '<meta name="critical-friend-site" content="" />';

for (const [folder, command] of Object.entries(NEEDS)) {
  if (!existsSync(folder)) {
    console.error(`site: ${folder}/ is missing: run \`${command}\` first (npm run site does both).`);
    process.exit(1);
  }
}

rmSync(SITE, { recursive: true, force: true });
mkdirSync(SITE);
cpSync('demo', `${SITE}/demo`, { recursive: true });
// dist/node/ and dist/types/ are for Node and editors, not for browsers
cpSync('dist', `${SITE}/dist`, { recursive: true, filter: (path) => !/^dist[\\/](node|types)([\\/]|$)/.test(path) });
cpSync('storybook-static', `${SITE}/storybook`, { recursive: true });

const builder = `${SITE}/demo/builder.html`;
const page = readFileSync(builder, 'utf8');
if (!page.includes('</head>')) throw new Error('site: demo/builder.html has no </head> to put the site marker before.');
writeFileSync(builder, page.replace('</head>', `  ${SITE_META}\n  </head>`));

// to demo/index.html, not demo/: opened from disk, a folder's address shows a
// file listing, and the demo page says why nothing runs there (demo/file-note.js)
writeFileSync(
  `${SITE}/index.html`,
  `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <title>critical-friend</title>
    <meta http-equiv="refresh" content="0; url=demo/index.html" />
  </head>
  <body>
    <p><a href="demo/index.html">The critical-friend demo</a> · <a href="demo/builder.html">snippet builder</a> · <a href="storybook/">Storybook</a></p>
  </body>
</html>
`,
);
// GitHub Pages: serve the files as they are (no Jekyll, which hides folders starting with _)
writeFileSync(`${SITE}/.nojekyll`, '');
console.log(`site/ assembled: open site/index.html on any static host (demo, builder, dist/, storybook/).`);
