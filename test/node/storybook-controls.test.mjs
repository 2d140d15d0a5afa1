// Storybook's Controls and docs tables, as a designer meets them (issue 12,
// item 7): each attribute once, grouped, with the control its type calls for,
// and every story named by hand.
//
// No Storybook build: esbuild bundles .storybook/preview.ts and the stories
// files for Node (the elements' define modules stubbed, the
// manifest handed to preview.ts's import.meta.glob), and the rows of each
// story are put together as Storybook does: the rows preview.ts's
// extractArgTypes reads from custom-elements.json (Storybook's own reader when
// preview.ts gives none), then the meta's and the story's argTypes, then a
// row for any arg that has none. Run: node --test test/node/storybook-controls.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { loadCsf } from 'storybook/internal/csf-tools';

const root = fileURLToPath(new URL('../../', import.meta.url));
const STORIES = { 'cf-study-feed': 'stories/study-feed.stories.ts', 'cf-pros-cons': 'stories/pros-cons.stories.ts', 'cf-participation-ladder': 'stories/participation-ladder.stories.ts' };
const OTHER_STORIES = ['stories/embed.stories.ts', 'stories/theme-schemes.stories.ts', 'stories/theme-properties.stories.ts'];
/** The theming pages (issue 12, item 7): their sidebar titles and stories. test/stories/theming.test.ts renders them in a browser. */
const THEMING_PAGES = {
  'stories/theme-schemes.stories.ts': { title: 'Theming/Light, dark and forced colours', stories: ['Pros and cons', 'Participation ladder', 'Study card'] },
  'stories/theme-properties.stories.ts': { title: 'Theming/Custom properties', stories: ['Live values', 'Dark, with a purple accent'] },
};

/** custom-elements.json is generated (git-ignored): make it when a fresh clone has none. */
function readManifest() {
  const file = `${root}custom-elements.json`;
  if (!existsSync(file)) execFileSync(process.execPath, [`${root}node_modules/@custom-elements-manifest/analyzer/cem.js`, 'analyze', '--quiet'], { cwd: root });
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** What the stories import that needs a browser or a Storybook runtime, replaced for Node. */
const STUBS = [
  // the elements themselves: the tables come from the manifest, not from running them
  [/\/define\.js$|^\.\.\/src\/index\.js$/, ''],
  ['^@storybook/web-components-vite$', 'export const setCustomElementsManifest = (manifest) => { globalThis.__STORYBOOK_CUSTOM_ELEMENTS_MANIFEST__ = manifest; };'],
].map(([filter, contents]) => ({ filter: new RegExp(filter), contents }));

/** preview.ts, Storybook's own reader and every stories file, bundled into one module for Node. */
async function loadStorybook(manifest) {
  const entry = [
    `export { default as preview } from './.storybook/preview.ts';`,
    `export { parameters as framework } from '@storybook/web-components/entry-preview-argtypes';`,
    ...[...Object.values(STORIES), ...OTHER_STORIES].map((file, index) => `export * as stories${index} from './${file}';`),
  ].join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
    define: { 'import.meta.glob': '__manifestGlob' },
    banner: { js: `globalThis.window ??= globalThis; const __manifestGlob = () => ({ '../custom-elements.json': ${JSON.stringify(manifest)} });` },
    plugins: [
      {
        name: 'node-stand-ins',
        setup(bundler) {
          for (const stub of STUBS) bundler.onResolve({ filter: stub.filter }, (args) => ({ path: args.path, namespace: 'stub', pluginData: stub.contents }));
          bundler.onLoad({ filter: /.*/, namespace: 'stub' }, (args) => ({ contents: args.pluginData, loader: 'js' }));
          // Vite's `?raw`: the file's text
          bundler.onResolve({ filter: /\?raw$/ }, (args) => ({ path: fileURLToPath(new URL(args.path.replace(/\?raw$/, ''), `file://${args.resolveDir}/`)), namespace: 'raw' }));
          bundler.onLoad({ filter: /.*/, namespace: 'raw' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
        },
      },
    ],
  });
  const code = result.outputFiles[0].text;
  const loaded = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const modules = [...Object.values(STORIES), ...OTHER_STORIES].map((file, index) => [file, loaded[`stories${index}`]]);
  return { preview: loaded.preview, framework: loaded.framework, modules: Object.fromEntries(modules) };
}

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Storybook's combineParameters: objects merge key by key, anything else is replaced by the later value. */
function combine(...layers) {
  const out = {};
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer ?? {})) out[key] = isObject(value) && isObject(out[key]) ? combine(out[key], value) : value;
  }
  return out;
}

/** The story exports of a stories module (everything but the default meta). */
const storiesOf = (module) => Object.entries(module).filter(([key, value]) => key !== 'default' && isObject(value));

/** The rows of one story, as the Controls panel gets them: [key, argType], in order. */
function rowsOf(storybook, meta, story) {
  const extract = storybook.preview.parameters?.docs?.extractArgTypes ?? storybook.framework.docs.extractArgTypes;
  const extracted = extract(meta.component) ?? {};
  const withAnnotations = combine(extracted, meta.argTypes, story.argTypes);
  const args = { ...meta.args, ...story.args };
  // Storybook infers a row (with no section) for any arg that has none
  const inferred = Object.fromEntries(Object.keys(args).filter((key) => !(key in withAnnotations)).map((key) => [key, { name: key }]));
  return Object.entries({ ...inferred, ...withAnnotations });
}

/** Rows the table shows: not hidden, in or out of a section. */
const shown = (rows) => rows.filter(([, row]) => !row.table?.disable);
const shownName = ([key, row]) => row.name ?? key;

/** The control a row gets: its own, else the one Storybook infers from its type (inferControls). */
function controlType(row) {
  if (row.control !== undefined) return typeof row.control === 'string' ? row.control : row.control ? row.control.type : undefined;
  const inferred = { array: 'object', boolean: 'boolean', string: 'text', number: 'number', function: undefined, symbol: undefined };
  const type = row.type?.name;
  if (type === 'enum') return (row.type.value?.length ?? 0) <= 5 ? 'radio' : 'select';
  if (type in inferred) return inferred[type];
  return row.options ? 'select' : 'object';
}

const manifest = readManifest();
const storybook = await loadStorybook(manifest);

function elementOf(tagName) {
  for (const module of manifest.modules ?? []) {
    const found = module.declarations?.find((declaration) => declaration.tagName === tagName);
    if (found) return found;
  }
  throw new Error(`${tagName} is not in custom-elements.json`);
}

for (const [tagName, file] of Object.entries(STORIES)) {
  const module = storybook.modules[file];
  const meta = module.default;
  const element = elementOf(tagName);
  const fieldOf = (attribute) => element.members?.find((member) => member.name === attribute.fieldName);

  test(`${file}: the meta is for ${tagName}`, () => assert.equal(meta.component, tagName));

  for (const [exportName, story] of storiesOf(module)) {
    const rows = rowsOf(storybook, meta, story);
    const visible = shown(rows);
    const label = `${file} ${exportName}`;

    test(`${label}: each row is shown once (an attribute and the property behind it are one row)`, () => {
      // a property and an event may share a name (study-feed's `error`); a section may not list a name twice
      const inSections = visible.map(([key, row]) => `${row.table?.category ?? '(no section)'}: ${shownName([key, row])}`);
      assert.deepEqual(inSections.filter((name, index) => inSections.indexOf(name) !== index), [], 'rows shown twice in a section');
      const names = visible.map(shownName);
      for (const attribute of element.attributes ?? []) {
        assert.equal(names.filter((name) => name === attribute.name).length, 1, `attribute ${attribute.name} is one row`);
        if (attribute.fieldName && attribute.fieldName !== attribute.name) assert.ok(!names.includes(attribute.fieldName), `no row for ${attribute.fieldName}, the property behind ${attribute.name}`);
      }
    });

    test(`${label}: every row shown is in a section`, () => {
      assert.deepEqual(visible.filter(([, row]) => !row.table?.category).map(shownName), [], 'rows with no section (args or argTypes the manifest does not know)');
    });

    test(`${label}: numbers get number controls, booleans toggles, enumerations radios or selects, never "Set object"`, () => {
      const byName = new Map(visible.map((entry) => [shownName(entry), entry[1]]));
      for (const attribute of element.attributes ?? []) {
        const row = byName.get(attribute.name);
        const type = (attribute.type?.text ?? fieldOf(attribute)?.type?.text ?? '').trim();
        const control = controlType(row);
        assert.notEqual(control, 'object', `${attribute.name} is not an object control`);
        if (type === 'number' || /^\d+$/.test(attribute.default ?? '')) assert.equal(control, 'number', `${attribute.name} (a number) has a number control`);
        if (type === 'boolean') assert.equal(control, 'boolean', `${attribute.name} has a toggle`);
        if (/^'[^']*'(\s*\|\s*'[^']*')+$/.test(type)) {
          assert.match(String(control), /radio|select/, `${attribute.name} (${type}) has radios or a select`);
          assert.deepEqual(row.options, type.split('|').map((option) => option.trim().slice(1, -1)), `${attribute.name} offers the values of its type`);
        }
      }
    });

    test(`${label}: every control starts with a value (no "Set string" or "Set boolean" button)`, () => {
      const args = { ...meta.args, ...story.args };
      const empty = visible.filter(([key, row]) => !['object', undefined].includes(controlType(row)) && row.control?.disable !== true && !(key in args)).map(shownName);
      assert.deepEqual(empty, [], 'controls with no arg to show');
    });

    test(`${label}: every control is wired into the element the story renders`, () => {
      // the element's own template: the meta's render with the story's args
      const template = meta.render({ ...meta.args, ...story.args }, {});
      const markup = template.strings.join('${}');
      const controlled = visible.filter(([, row]) => controlType(row) && row.control?.disable !== true && !row.table?.category?.startsWith('css') && row.table?.category !== 'events');
      for (const [key, row] of controlled) {
        const property = !(element.attributes ?? []).some((attribute) => attribute.name === key);
        const binding = property && key !== 'id' ? `.${key}=` : new RegExp(`[\\s?]${key}=`);
        if (typeof binding === 'string') assert.ok(markup.includes(binding), `${shownName([key, row])}: the render binds .${key}`);
        else assert.match(markup, binding, `${shownName([key, row])}: the render sets the ${key} attribute`);
      }
    });
  }

}

for (const file of [...Object.values(STORIES), ...OTHER_STORIES]) {
  test(`${file}: every story is named by hand where the sidebar reads it, and no two alike`, () => {
    // the sidebar's names come from Storybook's index, which reads each export's `name` from the source
    const indexed = loadCsf(readFileSync(`${root}${file}`, 'utf8'), { fileName: file, makeTitle: (title) => title }).parse();
    const nameOf = Object.fromEntries(Object.entries(indexed._stories).map(([exportName, story]) => [exportName, story.name]));
    const stories = storiesOf(storybook.modules[file]);
    const unnamed = stories.filter(([exportName, story]) => typeof story.name !== 'string' || nameOf[exportName] !== story.name).map(([exportName]) => `${exportName} (sidebar: ${nameOf[exportName]})`);
    assert.deepEqual(unnamed, [], 'stories the sidebar names by their export, cased by Storybook ("Rss 2", "IAP 2")');
    const names = stories.map(([exportName]) => nameOf[exportName]);
    assert.deepEqual(names.filter((name, index) => names.indexOf(name) !== index), [], 'story names used twice');
  });
}

for (const [file, page] of Object.entries(THEMING_PAGES)) {
  test(`${file}: the page "${page.title}" has its stories, each with a render`, () => {
    const module = storybook.modules[file];
    assert.equal(module.default.title, page.title);
    const stories = storiesOf(module);
    // a module namespace lists its exports alphabetically, not in the file's order
    assert.deepEqual(stories.map(([, story]) => story.name).sort(), [...page.stories].sort());
    for (const [exportName, story] of stories) assert.equal(typeof (story.render ?? module.default.render), 'function', `${exportName} renders`);
  });
}

test('stories/theme-properties.stories.ts: one control per --cf-* property the elements document, in its own section', () => {
  const meta = storybook.modules['stories/theme-properties.stories.ts'].default;
  const documented = new Set(manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((declaration) => declaration.cssProperties ?? []).map((property) => property.name));
  const controlled = Object.entries(meta.argTypes).filter(([, row]) => row.table?.category === 'custom properties').map(([key]) => key);
  assert.ok(documented.size > 10, `the manifest documents the custom properties (${documented.size})`);
  assert.deepEqual([...controlled].sort(), [...documented].sort());
  for (const name of controlled) assert.equal(meta.args[name], '', `${name} starts empty (the widget's default)`);
});
