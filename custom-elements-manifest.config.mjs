// `cem analyze` reads the elements' JSDoc (@summary @slot @csspart @cssprop
// @fires) into custom-elements.json at the package root (SPEC section 1).
export default {
  globs: ['src/**/*.ts'],
  // src/react/ and src/jsx.ts are generated from this manifest (scripts/generate-wrappers.mjs)
  exclude: ['src/**/*.test.ts', 'src/feed/**', 'src/iife.ts', 'src/react/**', 'src/jsx.ts'],
  outdir: '.',
  litelement: true,
};
