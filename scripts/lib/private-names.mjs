// Names that terser may shorten when it minifies dist/ (issue 10): the
// `private` members of the library's classes, found with the TypeScript
// compiler API, minus every name that could be reached some other way.
// Mangling them saves 0.2-0.6 KB gzip per entry. Terser renames a property
// name everywhere in a file, so a name is kept whole when it also appears
//   - as a member that is not private (a public property or method, an
//     interface or type member, an object literal key, a destructured name),
//   - after a dot on anything but `this` (another object may carry it),
//   - in any string or template text (bracket access, attribute names,
//     `.prop=${…}` bindings in templates),
//   - on a decorated member (the decorator registers the name as a string),
//   - or in Lit's built files (Lit's own minified members, such as `_$AM`
//     or `o`, live on the same objects; reserving them keeps terser from
//     giving a private of ours a name Lit already uses).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const isPrivate = (node) => (ts.getModifiers?.(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.PrivateKeyword);
const isDecorated = (node) => (ts.getDecorators?.(node) ?? []).length > 0;
const WORDS = /[A-Za-z_$][\w$]*/g;

/** Private member names and every name seen in another role, over all of src/. */
function scan(src) {
  const candidates = new Set();
  const blocked = new Set();
  const block = (text) => {
    for (const word of text.match(WORDS) ?? []) blocked.add(word);
  };
  const visit = (node) => {
    const name = node.name && (ts.isIdentifier(node.name) || ts.isPrivateIdentifier(node.name)) ? node.name.text : undefined;
    if (ts.isPropertyAccessExpression(node) && node.expression.kind !== ts.SyntaxKind.ThisKeyword) blocked.add(node.name.text);
    else if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) block(node.text);
    else if (name && ts.isClassElement(node) && isPrivate(node) && !isDecorated(node)) candidates.add(name);
    else if (name && (ts.isClassElement(node) || ts.isTypeElement(node) || ts.isObjectLiteralElementLike(node) || ts.isEnumMember(node))) blocked.add(name);
    else if (ts.isBindingElement(node)) block((node.propertyName ?? node.name).getText());
    ts.forEachChild(node, visit);
  };
  for (const file of sourceFiles(src)) {
    visit(ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true));
  }
  return { candidates, blocked };
}

/** Every property name Lit's built files use (after a dot, or as an object key). */
export function litPropertyNames(modules = 'node_modules') {
  const folders = ['lit-html', 'lit-element', 'lit', '@lit/reactive-element'];
  const names = new Set();
  for (const folder of folders) {
    for (const file of readdirSync(join(modules, folder)).filter((name) => name.endsWith('.js'))) {
      const code = readFileSync(join(modules, folder, file), 'utf8');
      for (const match of code.matchAll(/(?:\.|[{,])\s*([A-Za-z_$][\w$]*)\s*(?=[^\w$]|$)/g)) names.add(match[1]);
    }
  }
  return names;
}

/** The private member names that are safe to mangle, sorted. */
export function privateNames(src = 'src') {
  const { candidates, blocked } = scan(src);
  const lit = litPropertyNames();
  return [...candidates].filter((name) => !blocked.has(name) && !lit.has(name)).sort();
}
