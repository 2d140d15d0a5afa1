// The import graph of the built ES modules in dist/: which chunks each entry
// imports statically (fetched with it) and dynamically (fetched on first use).
// Shared by scripts/size-report.mjs (what a page downloads) and
// scripts/integrity.mjs (which files the loader's import map must hash).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/** The widget folders of src/ (those with a define.ts): each is a dist entry `<name>.js` and a tag `cf-<name>`. */
export function widgetNames(src = 'src') {
  return readdirSync(src, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(src, entry.name, 'define.ts')))
    .map((entry) => entry.name)
    .sort();
}

export function readDist(file, dist = 'dist') {
  return readFileSync(join(dist, file), 'utf8');
}

// paths are kept with forward slashes: they are URLs relative to dist/ too
const relativeTo = (file, specifier) => normalize(join(dirname(file), specifier)).split('\\').join('/');

/** Static imports of a built ES module (relative paths only: dist has no bare imports). */
export function staticImports(file, dist = 'dist') {
  const found = new Set();
  for (const match of readDist(file, dist).matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    found.add(relativeTo(file, match[1]));
  }
  return [...found];
}

export function dynamicImports(file, dist = 'dist') {
  return [...readDist(file, dist).matchAll(/import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)].map((match) => relativeTo(file, match[1]));
}

/** `file` and every module it imports statically, directly or not. */
export function closure(file, dist = 'dist', seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of staticImports(file, dist)) closure(dep, dist, seen);
  return seen;
}

/** `file` and everything it may ever import: static and dynamic imports, all the way down. */
export function fullClosure(file, dist = 'dist', seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of [...staticImports(file, dist), ...dynamicImports(file, dist)]) fullClosure(dep, dist, seen);
  return seen;
}
