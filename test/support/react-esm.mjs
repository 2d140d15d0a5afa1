// A dev-server plugin for the React wrapper tests (test/react/): React ships
// CommonJS only, which a browser cannot import, so `react`, `react-dom` and
// `react-dom/client` are served as ES modules made by esbuild on first request.
// All three re-export one bundle, so there is one copy of React on the page.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PREFIX = '/__react-esm/';
const MODULES = { react: 'react', 'react-dom': 'react-dom', 'react-dom/client': 'react-dom-client' };
const BUNDLE = `${PREFIX}bundle.js`;

let bundle;
function bundleCode() {
  bundle ??= build({
    stdin: {
      contents: Object.entries(MODULES).map(([name, id]) => `export * as ${id.replace(/-/g, '_')} from '${name}';`).join('\n'),
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"development"' },
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

/** The export names of a CommonJS module, read in a child process (React's
 * development build writes to the test runner's patched console when loaded). */
function exportNames(name) {
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(name)}))))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, env: { ...process.env, NODE_ENV: 'development' }, encoding: 'utf8' }));
}

/** An ES module with the named and default exports of a CommonJS module of the bundle. */
function facade(name, id) {
  const names = exportNames(name).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
  const local = id.replace(/-/g, '_');
  return `import { ${local} as ns } from '${BUNDLE}';
const m = ns.default ?? ns;
export default m;
export const { ${names.join(', ')} } = m;
`;
}

export function reactEsmPlugin() {
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      if (source in MODULES) return `${PREFIX}${MODULES[source]}.js`;
      if (source.startsWith(PREFIX)) return source;
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      if (context.path === BUNDLE) return { body: await bundleCode(), type: 'js' };
      const entry = Object.entries(MODULES).find(([, id]) => context.path === `${PREFIX}${id}.js`);
      return entry ? { body: facade(...entry), type: 'js' } : undefined;
    },
  };
}
