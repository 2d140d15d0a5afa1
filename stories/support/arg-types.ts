/**
 * The Controls and docs tables, one row per knob, read from the Custom
 * Elements Manifest.
 *
 * Storybook's own reader lists every attribute and then every property, so
 * each attribute with a property behind it (`max-items` and `maxItems`) came
 * twice, and a type it could not read ("DEFAULT_MAX_ITEMS") became a
 * "Set object" control. Here each attribute is one row, keyed and named as a
 * blogger writes it in HTML; the property behind it is named in its
 * description instead of having a row of its own. Rows are grouped by what a
 * designer is looking for (content, behaviour, appearance), then what a
 * developer is (read-only properties, events, slots, CSS).
 *
 * Pure functions of the manifest (no DOM, no Storybook runtime), so
 * test/node/storybook-controls.test.mjs can run them in Node.
 */
import type { ArgTypes, InputType } from 'storybook/internal/types';

/** The parts of a Custom Elements Manifest (schema 2.x) read here. */
export interface ManifestType {
  text?: string;
}
export interface ManifestAttribute {
  name: string;
  fieldName?: string;
  type?: ManifestType;
  default?: string;
  description?: string;
}
export interface ManifestMember {
  name: string;
  kind?: string;
  static?: boolean;
  privacy?: string;
  readonly?: boolean;
  attribute?: string;
  type?: ManifestType;
  default?: string;
  description?: string;
}
export interface ManifestNamed {
  name: string;
  type?: ManifestType;
  default?: string;
  description?: string;
}
export interface ManifestDeclaration {
  kind?: string;
  name?: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  attributes?: ManifestAttribute[];
  members?: ManifestMember[];
  events?: ManifestNamed[];
  slots?: ManifestNamed[];
  cssProperties?: ManifestNamed[];
  cssParts?: ManifestNamed[];
  cssStates?: ManifestNamed[];
}
export interface Manifest {
  modules?: Array<{ declarations?: ManifestDeclaration[] }>;
}

/** Table sections, in the order they are shown. */
export const CATEGORIES = {
  content: 'content',
  behaviour: 'behaviour',
  appearance: 'appearance',
  other: 'other settings',
  readOnly: 'read-only properties',
  events: 'events',
  slots: 'slots',
  cssProperties: 'css custom properties',
  cssParts: 'css shadow parts',
  cssStates: 'css states',
} as const;

/**
 * The section of each setting, by attribute (or property) name. The three
 * elements share names (`heading`, `theme`, `persist`), so one list serves
 * them all; a setting added later and not listed here lands in "other
 * settings", still once.
 */
const SECTION_OF: Record<string, string> = {
  ...section(CATEGORIES.content, ['heading', 'heading-level', 'pros-label', 'cons-label', 'pros', 'cons', 'reflection', 'src', 'max-items', 'scale', 'value', 'aspiration', 'perspectives', 'strings']),
  ...section(CATEGORIES.behaviour, ['mode', 'persist', 'id', 'name', 'required', 'disabled', 'structured-data', 'rich', 'timeout', 'refresh', 'proxy']),
  ...section(CATEGORIES.appearance, ['theme']),
};

function section(category: string, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, category]));
}

/**
 * Members every form-associated element has (from ElementInternals): listed
 * by MDN, not by us, and no help to a designer.
 */
const STANDARD_FORM_MEMBERS = new Set(['form', 'validity', 'validationMessage', 'willValidate']);

/** The declaration of `tagName`, if the manifest has it. */
export function findElement(manifest: Manifest | undefined, tagName: string): ManifestDeclaration | undefined {
  for (const module of manifest?.modules ?? []) {
    const found = module.declarations?.find((declaration) => declaration.customElement && declaration.tagName === tagName);
    if (found) return found;
  }
  return undefined;
}

/**
 * The argTypes of `tagName` for Storybook's `parameters.docs.extractArgTypes`:
 * one row per attribute (key = attribute name), one per public property that
 * has no attribute, then events, slots, CSS custom properties, parts and
 * states, each in its own section. `null` when the manifest lacks the element.
 */
export function argTypesFromManifest(manifest: Manifest | undefined, tagName: string): ArgTypes | null {
  const element = findElement(manifest, tagName);
  if (!element) return null;
  const rows: Array<[string, InputType]> = [
    ...attributeRows(element),
    ...idRow(element),
    ...propertyRows(element),
    ...eventRows(element.events ?? []),
    ...documentedRows(element.slots ?? [], CATEGORIES.slots, (name) => (name ? `slot="${name}"` : '(default slot)')),
    ...documentedRows(element.cssProperties ?? [], CATEGORIES.cssProperties, (name) => name),
    ...documentedRows(element.cssParts ?? [], CATEGORIES.cssParts, (name) => `::part(${name})`),
    ...documentedRows(element.cssStates ?? [], CATEGORIES.cssStates, (name) => `:state(${name})`),
  ];
  // insertion order is the order of the table's sections, so inputs go first by section
  const order = Object.values(CATEGORIES) as string[];
  rows.sort(([, a], [, b]) => order.indexOf(String(a.table?.category)) - order.indexOf(String(b.table?.category)));
  return Object.fromEntries(rows);
}

/** The public instance members: not static, private, protected or a method. */
function publicFields(element: ManifestDeclaration): ManifestMember[] {
  return (element.members ?? []).filter((member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public');
}

function attributeRows(element: ManifestDeclaration): Array<[string, InputType]> {
  const fields = publicFields(element);
  return (element.attributes ?? []).map((attribute) => {
    const field = fields.find((member) => member.name === attribute.fieldName);
    const typeText = attribute.type?.text ?? field?.type?.text;
    const defaultText = attribute.default ?? field?.default;
    const twin = attribute.fieldName && attribute.fieldName !== attribute.name ? ` Property: \`${attribute.fieldName}\`.` : '';
    return [
      attribute.name,
      {
        name: attribute.name,
        description: `${attribute.description ?? field?.description ?? ''}${twin}`.trim(),
        ...attributeControl(typeText, defaultText),
        table: { category: SECTION_OF[attribute.name] ?? CATEGORIES.other, type: { summary: typeText }, defaultValue: { summary: defaultText } },
      },
    ];
  });
}

/**
 * `id` is a global attribute, so the manifest does not list it, but `persist`
 * needs it as the key of what is saved: it gets a row beside `persist`.
 */
function idRow(element: ManifestDeclaration): Array<[string, InputType]> {
  if (!element.attributes?.some((attribute) => attribute.name === 'persist')) return [];
  return [['id', { name: 'id', description: 'Needed by `persist`: the key under which answers are saved.', type: { name: 'string' }, control: { type: 'text' }, table: { category: CATEGORIES.behaviour, type: { summary: 'string' } } }]];
}

/**
 * Properties with no attribute. Writable ones (`strings`, `pros`) are set from
 * script, so they get no control unless a story gives one; read-only ones
 * report state (`status`, `verdict`) and are listed for developers.
 */
function propertyRows(element: ManifestDeclaration): Array<[string, InputType]> {
  const attributeFields = new Set((element.attributes ?? []).map((attribute) => attribute.fieldName ?? attribute.name));
  return publicFields(element)
    .filter((field) => !field.attribute && !attributeFields.has(field.name) && !STANDARD_FORM_MEMBERS.has(field.name))
    .map((field) => [
      field.name,
      {
        name: field.name,
        description: `${field.description ?? ''}${field.readonly ? '' : ' Property only (no attribute).'}`.trim(),
        type: { name: 'other', value: field.type?.text ?? 'unknown' },
        control: false,
        table: {
          category: field.readonly ? CATEGORIES.readOnly : (SECTION_OF[field.name] ?? CATEGORIES.other),
          type: { summary: field.type?.text },
          defaultValue: { summary: field.default },
        },
      },
    ]);
}

/** A documentation row per event, plus the hidden `onLoad`-style arg that Storybook's actions panel listens to. */
function eventRows(events: readonly ManifestNamed[]): Array<[string, InputType]> {
  return events.flatMap((event): Array<[string, InputType]> => [
    [`event ${event.name}`, { name: event.name, description: event.description ?? '', control: false, table: { category: CATEGORIES.events, type: { summary: event.type?.text ?? 'Event' } } }],
    [handlerName(event.name), { name: handlerName(event.name), action: event.name, table: { disable: true } }],
  ]);
}

/** `load` -> `onLoad`, `value-changed` -> `onValueChanged`: the arg name a story's `fn()` handler uses. */
export function handlerName(eventName: string): string {
  const camel = eventName.replace(/[-_:.\s]+(.)?/g, (_match, chr: string | undefined) => (chr ? chr.toUpperCase() : ''));
  return `on${camel.charAt(0).toUpperCase()}${camel.slice(1)}`;
}

/** Rows that document and do not control: slots, CSS custom properties, parts and states. */
function documentedRows(items: readonly ManifestNamed[], category: string, label: (name: string) => string): Array<[string, InputType]> {
  return items.map((item) => [
    `${category} ${item.name}`,
    { name: label(item.name), description: item.description ?? '', control: false, table: { category, defaultValue: { summary: item.default } } },
  ]);
}

/** An enumeration of string literals, as TypeScript writes it: `'auto' | 'light' | 'dark'`. */
const LITERAL_UNION = /^\s*'[^']*'(\s*\|\s*'[^']*')*\s*$/;

/**
 * The control for an attribute's type. An attribute is a string in HTML, so
 * a type the manifest does not spell out (an alias such as `Mode`, or a
 * default such as `DEFAULT_TIMEOUT`) is a text field, never "Set object";
 * stories can still give options for an alias.
 */
export function attributeControl(typeText: string | undefined, defaultText?: string): Pick<InputType, 'type' | 'control' | 'options'> {
  const kind = typeText?.trim() ?? kindOfLiteral(defaultText);
  if (kind === 'boolean') return { type: { name: 'boolean' }, control: { type: 'boolean' } };
  if (kind === 'number') return { type: { name: 'number' }, control: { type: 'number' } };
  if (kind && LITERAL_UNION.test(kind)) {
    const options = kind.split('|').map((option) => option.trim().slice(1, -1));
    return { type: { name: 'enum', value: options }, options, control: { type: options.length <= 4 ? 'inline-radio' : 'select' } };
  }
  return { type: { name: 'string' }, control: { type: 'text' } };
}

/** The type a default's source text implies, when the manifest gives no type: `3` -> number, `false` -> boolean. */
function kindOfLiteral(defaultText: string | undefined): string | undefined {
  if (defaultText === undefined) return undefined;
  if (/^-?\d+(\.\d+)?$/.test(defaultText.trim())) return 'number';
  if (/^(true|false)$/.test(defaultText.trim())) return 'boolean';
  return undefined;
}
