// Builds the files of SPEC section 1:
// - dist/critical-friend.js and one dist/<widget>.js per src/<widget>/define.ts,
//   ES modules sharing chunks in dist/chunks/;
// - dist/critical-friend.iife.js, one classic script with everything inlined.
// Minified with terser, with source maps. Lit's production build is used
// (node-resolve's default conditions do not include "development").
import { readFileSync } from 'node:fs';
import path from 'node:path';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transpileTypeScript } from './scripts/lib/transpile-typescript.mjs';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { widgetNames } from './scripts/lib/dist-graph.mjs';
import { litPropertyNames, privateNames } from './scripts/lib/private-names.mjs';

const widgetEntries = Object.fromEntries(widgetNames().map((name) => [name, `src/${name}/define.ts`]));

// Private member names are shortened too (see scripts/lib/private-names.mjs
// for which, and why Lit's own property names are reserved). One name cache
// per build: chunks are minified one after another with it, so a name
// shortened in one chunk is the same in the others and never given to another
// member (a subclass in one chunk shares its objects with its base in another).
const PRIVATE_NAMES = new RegExp(`^(?:${privateNames().join('|')})$`);
const LIT_NAMES = [...litPropertyNames()];
const minify = () =>
  terser({
    ecma: 2021,
    module: true,
    compress: { passes: 2 },
    format: { comments: false },
    mangle: { properties: { regex: PRIVATE_NAMES, reserved: LIT_NAMES } },
    nameCache: {},
  });

const plugins = () => [
  transpileTypeScript({ tsconfig: './tsconfig.json' }),
  resolve({ browser: true }),
  // whitespace in html`` and css`` templates is most of a widget's weight after Lit;
  // svg`` templates are left alone: the HTML minifier does not honour
  // self-closing SVG tags and would nest one <path/> inside the previous one
  minifyHTML({ options: { shouldMinify: (template) => template.tag === 'html' } }),
  minify(),
];

// dist/react.js (issue 5): the React wrappers of src/react/index.ts (generated
// by scripts/generate-wrappers.mjs), for bundler users. `react` and `@lit/react`
// stay bare imports: the app brings its own React, and its bundler then picks
// @lit/react's node or browser build (server rendering) and shares one copy.
const reactEntry = { react: 'src/react/index.ts' };

// dist/embed.js (issue 5): the configuration, snippet and iframe helpers of
// src/embed/, for the snippet builder and for code that writes embeds.
const embedEntry = { embed: 'src/embed/index.ts' };

// dist/embed.html is copied as it is: it loads dist/embed-frame.js below.
const copyEmbedPage = () => ({
  name: 'copy-embed-page',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'embed.html', source: readFileSync('src/embed/embed.html', 'utf8') });
  },
});

// Classic scripts (no modules): a frame sandboxed without allow-same-origin
// has an opaque origin, and module scripts would then need CORS headers that
// a plain static host does not send. Each inlines what it needs.
const classicScript = (input, file, extraPlugins = [], sourcemap = true) => ({
  input,
  output: { file, format: 'iife', sourcemap, inlineDynamicImports: true },
  plugins: [...plugins(), ...extraPlugins],
});
const reactExternal = ['react', '@lit/react'];

// dist/builder/builder.js (issue 12): the snippet builder of demo/builder.html,
// an ES module. It imports the library and the embed helpers as the built
// dist/critical-friend.js and dist/embed.js beside it, so the builder page
// shares their files (and their one registration of the elements) rather
// than a second copy. In a folder of its own: the size report and the
// integrity list cover dist/*.js, the files a reader's page loads.
const BUILDER_IMPORTS = {
  [path.resolve('src/index.ts')]: '../critical-friend.js',
  [path.resolve('src/embed/index.ts')]: '../embed.js',
};
const builderBuild = {
  input: 'src/embed/builder/main.ts',
  external: (id) => Object.hasOwn(BUILDER_IMPORTS, id),
  output: { file: 'dist/builder/builder.js', format: 'es', sourcemap: true, paths: (id) => BUILDER_IMPORTS[id] ?? id },
  plugins: plugins(),
};

export default [
  {
    input: { 'critical-friend': 'src/index.ts', ...widgetEntries, ...reactEntry, ...embedEntry },
    external: reactExternal,
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // No manual chunks: rollup groups modules by the entries that import
      // them, so a widget gets only the Lit directives it uses (a shared "lit"
      // chunk gave every widget `repeat` and `unsafeHTML`, 0.3-1.3 KB gzip),
      // and DOMPurify and the Welsh strings stay lazy chunks of their own.
      sourcemap: true,
    },
    plugins: plugins(),
  },
  {
    input: 'src/iife.ts',
    output: {
      file: 'dist/critical-friend.iife.js',
      format: 'iife',
      sourcemap: true,
      inlineDynamicImports: true,
    },
    plugins: plugins(),
  },
  // the iframe embed (issue 5): the frame's script, with every widget, and the
  // host page's optional resizer
  classicScript('src/embed/frame.ts', 'dist/embed-frame.js', [copyEmbedPage()]),
  classicScript('src/embed/resizer.ts', 'dist/embed-resizer.js'),
  // dist/loader.js (issue 10): the snippet's script, which imports only the
  // widgets a page uses. scripts/integrity.mjs writes the file list and hashes
  // into it after the build, so it has no source map (the columns would move).
  classicScript('src/loader/loader.ts', 'dist/loader.js', [], false),
  builderBuild,
  // dist/node/*.js (issue 5): the same entries for Node, chosen by the "node"
  // export condition in package.json, so that server-rendering frameworks can
  // import any module. The browser builds above inline Lit's browser build,
  // which needs `HTMLElement` and `document` when it loads; here Lit and every
  // other dependency stay bare imports, which Node resolves to their Node builds
  // (Lit's has a DOM shim). Not minified: these are for servers' stack traces.
  {
    input: { 'critical-friend': 'src/index.ts', ...widgetEntries, ...reactEntry, ...embedEntry },
    external: (id) => /^(lit|lit-html|lit-element|@lit|@lit-labs|dompurify|react)(\/|$)/.test(id),
    output: {
      dir: 'dist/node',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: plugins().slice(0, -1), // all but terser
  },
];
