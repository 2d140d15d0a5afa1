// `cem analyze` reads the elements' JSDoc (@summary @slot @csspart @cssprop
// @fires) into custom-elements.json at the package root (SPEC section 1).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/feed/**', 'src/iife.ts'],
  outdir: '.',
  litelement: true,
};
