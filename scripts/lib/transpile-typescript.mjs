// A rollup plugin that turns each TypeScript file into JavaScript on its own
// (ts.transpileModule), without type-checking the program. The build runs
// rollup over several configurations, and @rollup/plugin-typescript checked
// the whole program once for each: about two thirds of the build's time.
// Types are still checked: by `npm run typecheck`, and by the declaration
// step of `npm run build` (tsc -p tsconfig.build.json), which fails on an
// error. tsconfig.json sets isolatedModules, so every file transpiles alone
// (the test runner's esbuild does the same).
import { existsSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

function compilerOptionsOf(tsconfig) {
  const { config, error } = ts.readConfigFile(tsconfig, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, path.dirname(path.resolve(tsconfig)));
  // importHelpers: one copy of tslib's __decorate in a shared chunk, not one per file
  return { ...options, noEmit: false, declaration: false, sourceMap: true, inlineSourceMap: false, inlineSources: false, importHelpers: true };
}

export function transpileTypeScript({ tsconfig = './tsconfig.json' } = {}) {
  const compilerOptions = compilerOptionsOf(tsconfig);
  return {
    name: 'transpile-typescript',
    // our imports say './file.js' (as the emitted files will); the source is './file.ts'
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !source.endsWith('.js') || !importer.endsWith('.ts')) return null;
      const candidate = path.resolve(path.dirname(importer), `${source.slice(0, -3)}.ts`);
      return existsSync(candidate) ? candidate : null;
    },
    transform(code, id) {
      if (!id.endsWith('.ts') || id.endsWith('.d.ts')) return null;
      const { outputText, sourceMapText } = ts.transpileModule(code, { compilerOptions, fileName: id });
      return { code: outputText.replace(/\n\/\/# sourceMappingURL=.*$/, ''), map: sourceMapText ? JSON.parse(sourceMapText) : null };
    },
  };
}
