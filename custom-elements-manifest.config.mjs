// `cem analyze` reads the elements' JSDoc (@summary @slot @csspart @cssprop
// @fires) into custom-elements.json at the package root (SPEC section 1).

/** A literal the manifest can show as a default: a number, a string, true/false. */
const LITERAL = /^(-?[\d_.]+|'[^']*'|"[^"]*"|true|false)$/;

/**
 * Defaults written as module constants (`maxItems = DEFAULT_MAX_ITEMS`)
 * reach the manifest as the constant's name, which Storybook and the README
 * tables then show to authors, who cannot see the constant. This plugin
 * records every module-level `const NAME = <literal>` (exported or not) and
 * replaces such names by the literal, with the type the literal has when the
 * field declares none.
 */
function constantDefaults() {
  const constants = new Map(); // "module path\0name" -> literal text
  const byName = new Map(); // name -> the literals of that name across modules
  // the module's own constant first; else an imported one, when only one module has that name
  const lookUp = (path, name) => constants.get(`${path}\0${name}`) ?? (byName.get(name)?.size === 1 ? [...byName.get(name)][0] : undefined);
  const resolve = (path, text) => {
    const literal = lookUp(path, text);
    return literal === undefined ? undefined : /^-?[\d_.]+$/.test(literal) ? literal.replace(/_/g, '') : literal;
  };
  const typeOf = (literal) => (/^-?[\d.]+$/.test(literal) ? 'number' : /^(true|false)$/.test(literal) ? 'boolean' : 'string');
  const fix = (path, entry) => {
    const literal = entry.default && resolve(path, entry.default);
    if (!literal) return;
    entry.default = literal;
    entry.type ??= { text: typeOf(literal) };
  };
  return {
    name: 'constant-defaults',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isVariableStatement(node) || !ts.isSourceFile(node.parent)) return;
      for (const declaration of node.declarationList.declarations) {
        const value = declaration.initializer?.getText();
        if (!ts.isIdentifier(declaration.name) || !value || !LITERAL.test(value)) continue;
        const name = declaration.name.text;
        constants.set(`${moduleDoc.path}\0${name}`, value);
        byName.set(name, (byName.get(name) ?? new Set()).add(value));
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const entry of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) fix(module.path, entry);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // src/react/ and src/jsx.ts are generated from this manifest (scripts/generate-wrappers.mjs)
  exclude: ['src/**/*.test.ts', 'src/feed/**', 'src/iife.ts', 'src/react/**', 'src/jsx.ts'],
  outdir: '.',
  litelement: true,
  plugins: [constantDefaults()],
};
