// Writes, from custom-elements.json (itself generated from the elements' JSDoc):
// - src/react/index.ts: one @lit/react wrapper per element (`critical-friend/react`);
// - src/jsx.ts: JSX IntrinsicElements types for other frameworks (`critical-friend/jsx`);
// - vscode.html-custom-data.json: VS Code's HTML custom data;
// - web-types.json: JetBrains IDEs' web-types (referenced by package.json "web-types").
// `node scripts/generate-wrappers.mjs --check` fails when a committed file is out
// of date with the manifest (npm test runs it). Regenerate: npm run wrappers
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const check = process.argv.includes('--check');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const HEADER = 'Generated from custom-elements.json by scripts/generate-wrappers.mjs: do not edit by hand (npm run wrappers).';

/** The custom elements of the manifest, each with the module that registers it. */
function elementsOf(manifest) {
  const elements = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const define = manifest.modules.find(
        (other) => other.path.endsWith('/define.ts') && (other.exports ?? []).some((e) => e.name === declaration.name),
      );
      if (!define) throw new Error(`${declaration.tagName}: no src/<widget>/define.ts exports ${declaration.name}`);
      elements.push({ ...declaration, modulePath: module.path, definePath: define.path });
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

const oneLine = (text) => String(text ?? '').replace(/\s+/g, ' ').trim();
const docComment = (text, indent = '') => (text ? `${indent}/** ${oneLine(text).replace(/\*\//g, '*\\/')} */\n` : '');

/** The values of a union of string literals (`'a' | 'b'`), else undefined. */
function literalUnion(text) {
  const parts = String(text ?? '').split('|').map((part) => part.trim());
  const values = parts.map((part) => /^'([^']*)'$|^"([^"]*)"$/.exec(part)).map((m) => m && (m[1] ?? m[2]));
  return parts.length && values.every((value) => typeof value === 'string') ? values : undefined;
}

/** An attribute's type text, with a local type alias (`type Mode = 'a' | 'b'`) resolved from its source. */
function typeOf(element, attribute) {
  const field = (element.members ?? []).find((member) => member.kind === 'field' && member.name === attribute.fieldName) ?? {};
  const text = attribute.type?.text ?? field.type?.text;
  if (text && /^[A-Z]\w*$/.test(text)) {
    const file = attribute.inheritedFrom?.module ?? element.modulePath;
    const alias = existsSync(file) && new RegExp(`type ${text}\\s*=\\s*([^;]+);`).exec(readFileSync(file, 'utf8'));
    if (alias && literalUnion(alias[1])) return oneLine(alias[1]);
  }
  return text;
}

function attributesOf(element) {
  return (element.attributes ?? []).map((attribute) => {
    const type = typeOf(element, attribute);
    return { name: attribute.name, fieldName: attribute.fieldName, description: oneLine(attribute.description), default: literalDefault(attribute.default), type, values: literalUnion(type) };
  });
}

/** A default worth showing: a literal (`'arnstein'`, `2`), not a constant's name. */
const literalDefault = (value) => (/^('[^']*'|"[^"]*"|-?\d+(\.\d+)?|true|false)$/.test(String(value)) ? value : undefined);
const propertyKey = (name) => (/^[a-z_$][\w$]*$/i.test(name) ? name : `'${name}'`);

const pascal = (name) => name.replace(/(^|-)(\w)/g, (_, _dash, letter) => letter.toUpperCase());
const eventProp = (name) => `on${pascal(name)}`;

// ---- src/react/index.ts ----------------------------------------------------
function reactWrappers(elements) {
  const imports = elements
    .map((element) => `import { ${element.name} as ${element.name}Element } from '${element.definePath.replace(/^src\//, '../').replace(/\.ts$/, '.js')}';`)
    .join('\n');
  const wrappers = elements
    .map((element) => {
      const events = (element.events ?? [])
        .map((event) => `${docComment(event.description, '    ')}    ${eventProp(event.name)}: '${event.name}' as EventName<${event.type?.text ?? 'Event'} & { target: ${element.name}Element }>,\n`)
        .join('');
      return (
        `${docComment(`<${element.tagName}>: ${element.summary ?? ''}`)}` +
        `export const ${element.name} = createComponent({\n` +
        `  tagName: '${element.tagName}',\n` +
        `  elementClass: ${element.name}Element,\n` +
        `  react: React,\n` +
        `  displayName: '${element.name}',\n` +
        `  events: {\n${events}  },\n` +
        `});\n`
      );
    })
    .join('\n');
  return (
    `// ${HEADER}\n` +
    `/**\n` +
    ` * React wrappers of the critical-friend elements (\`critical-friend/react\`), made\n` +
    ` * with @lit/react: properties are set as properties and events are props\n` +
    ` * (\`onChange\`, ...; the event's \`target\` is the element). Importing this\n` +
    ` * module registers the elements.\n` +
    ` */\n` +
    `import * as React from 'react';\n` +
    `import { createComponent, type EventName } from '@lit/react';\n` +
    `${imports}\n\n` +
    `export type { ${elements.map((element) => `${element.name}Element`).join(', ')} };\n\n` +
    wrappers
  );
}

// ---- src/jsx.ts ------------------------------------------------------------
function jsxTypes(elements) {
  const tsType = (attribute) => {
    if (attribute.values) return attribute.values.map((value) => `'${value}'`).join(' | ');
    if (attribute.type === 'boolean') return 'boolean';
    if (attribute.type === 'number') return 'number | string';
    if (attribute.type === 'string') return 'string';
    return 'string | number'; // no type in the manifest
  };
  const interfaces = elements
    .map((element) => {
      const members = attributesOf(element)
        .map((attribute) => `${docComment(attribute.description, '  ')}  ${propertyKey(attribute.name)}?: ${tsType(attribute)};\n`)
        .join('');
      return `${docComment(`Attributes of <${element.tagName}>: ${element.summary ?? ''}`)}export interface ${element.name}Attributes extends CfCommonAttributes {\n${members}}\n`;
    })
    .join('\n');
  const map = elements.map((element) => `  '${element.tagName}': ${element.name}Attributes;\n`).join('');
  return `// ${HEADER}
/**
 * JSX types of the critical-friend elements for frameworks other than React
 * (React users: \`critical-friend/react\`). Typed from the elements'
 * attributes; opt in with \`import type {} from 'critical-friend/jsx';\`.
 * This declares the global \`JSX.IntrinsicElements\`; for a framework with a
 * JSX namespace of its own, extend it with \`CfIntrinsicElements\`, e.g. for Preact:
 *   declare module 'preact' { namespace JSX { interface IntrinsicElements extends CfIntrinsicElements {} } }
 */

/** Attributes that every critical-friend element takes besides its own. */
export interface CfCommonAttributes {
  id?: string;
  class?: string;
  className?: string;
  style?: string | Record<string, string | number>;
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  slot?: string;
  title?: string;
  hidden?: boolean;
  children?: unknown;
  key?: string | number;
  ref?: unknown;
  [data: \`data-\${string}\`]: string | number | boolean | undefined;
  [aria: \`aria-\${string}\`]: string | number | boolean | undefined;
}

${interfaces}
/** Every critical-friend tag and its attributes. */
export interface CfIntrinsicElements {
${map}}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CfIntrinsicElements {}
  }
}
`;
}

// ---- vscode.html-custom-data.json -----------------------------------------
function vscodeData(elements) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: oneLine(element.summary),
      attributes: attributesOf(element).map((attribute) => ({
        name: attribute.name,
        description: attribute.description + (attribute.default && !['false', "''"].includes(attribute.default) ? ` (default: ${attribute.default})` : ''),
        ...(attribute.values ? { values: attribute.values.map((name) => ({ name })) } : {}),
        ...(attribute.type === 'boolean' ? { valueSet: 'v' } : {}),
      })),
    })),
  };
}

// ---- web-types.json --------------------------------------------------------
function webTypes(elements) {
  const entry = (item) => ({ name: item.name, description: oneLine(item.description) });
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tagName,
          description: oneLine(element.summary),
          source: { module: `${pkg.name}/${element.definePath.replace(/^src\/|\/define\.ts$/g, '')}.js`, symbol: element.name },
          attributes: attributesOf(element).map((attribute) => ({
            name: attribute.name,
            description: attribute.description,
            value: {
              type: attribute.type ?? 'string',
              ...(attribute.default !== undefined ? { default: attribute.default } : {}),
            },
          })),
          slots: (element.slots ?? []).map(entry),
          css: { parts: (element.cssParts ?? []).map(entry), properties: (element.cssProperties ?? []).map(entry) },
          js: {
            properties: attributesOf(element).map((attribute) => ({ name: attribute.fieldName, description: attribute.description, type: attribute.type ?? 'string' })),
            events: (element.events ?? []).map(entry),
          },
        })),
      },
    },
  };
}

const elements = elementsOf(manifest);
const json = (data) => JSON.stringify(data, null, 2) + '\n';
const outputs = {
  'src/react/index.ts': reactWrappers(elements),
  'src/jsx.ts': jsxTypes(elements),
  'vscode.html-custom-data.json': json(vscodeData(elements)),
  'web-types.json': json(webTypes(elements)),
};

const stale = Object.keys(outputs).filter((file) => !existsSync(file) || readFileSync(file, 'utf8') !== outputs[file]);
if (check) {
  if (stale.length) {
    console.error('Out of date with custom-elements.json:\n- ' + stale.join('\n- ') + '\nRun: npm run wrappers');
    process.exit(1);
  }
  console.log('React wrappers, JSX types and editor data match custom-elements.json.');
} else {
  for (const file of stale) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, outputs[file]);
  }
  console.log(stale.length ? 'Wrote:\n- ' + stale.join('\n- ') : 'Generated files already up to date.');
}
