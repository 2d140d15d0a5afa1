// The Custom Elements Manifest is what Storybook's controls and the README's
// attribute tables show authors (issue 11 item 9): every attribute must say
// its type and its real default, never the name of a constant in our source.
// Needs `npm run build` (or `cem analyze`) first. Run: npm run test:node
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName));
const CONSTANT_NAME = /^[A-Z][A-Z0-9_]*$/;

test('the manifest describes the three elements', () => {
  assert.deepEqual(elements.map((element) => element.tagName).sort(), ['cf-participation-ladder', 'cf-pros-cons', 'cf-study-feed']);
});

for (const element of elements) {
  test(`<${element.tagName}>: every attribute has a type, and no default is a constant's name`, () => {
    for (const attribute of element.attributes ?? []) {
      const field = (element.members ?? []).find((member) => member.name === attribute.fieldName);
      assert.ok(attribute.type?.text ?? field?.type?.text, `${attribute.name} has no type`);
      for (const entry of [attribute, field]) {
        if (entry?.default !== undefined) assert.doesNotMatch(entry.default, CONSTANT_NAME, `${attribute.name}'s default is a constant's name`);
      }
    }
  });
}

test('<cf-study-feed>: max-items defaults to 3 and timeout to 10000, both numbers', () => {
  const feed = elements.find((element) => element.tagName === 'cf-study-feed');
  const attribute = (name) => feed.attributes.find((entry) => entry.name === name);
  assert.equal(attribute('max-items').default, '3');
  assert.equal(attribute('timeout').default, '10000');
  assert.equal(attribute('max-items').type.text, 'number');
  assert.equal(attribute('timeout').type.text, 'number');
});
