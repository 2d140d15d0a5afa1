/**
 * The builder's form, read into a `WidgetConfig` and filled back from one.
 *
 * The form is the single source of truth. Controls named after an attribute
 * hold that attribute; a control inside `<fieldset data-widget="…">` belongs
 * to that widget only, so a field added to the HTML reaches the snippet with
 * no change here. The exceptions have names of their own: `persist-id` (kept
 * only with persist), `language` and `language-other` (together the `lang`),
 * `pros` and `cons` (the points), the study details and the custom scale
 * (see details.ts), and `font` (the frame's font, see output.ts).
 *
 * Controls are read by duck typing, never instanceof: the tests pass forms
 * from another frame.
 */
import { WIDGETS, type PointConfig, type WidgetConfig, type WidgetName } from '../index.js';
import { fillDetails, readDetails, type DetailsLeftOut } from './details.js';

/** A control's value and ticked state, whatever kind of control (or radio group) it is. */
interface Field {
  value: string;
  checked?: boolean;
  required?: boolean;
  closest?(selector: string): HTMLElement | null;
  options?: HTMLOptionsCollection;
}

/** A named control of the form, or a RadioNodeList for a radio group. */
export function field(form: HTMLFormElement, name: string): Field | null {
  return form.elements.namedItem(name) as Field | null;
}

export function valueOf(form: HTMLFormElement, name: string): string {
  return String(field(form, name)?.value ?? '');
}

export function setValue(form: HTMLFormElement, name: string, value: string): void {
  const control = field(form, name);
  if (control) control.value = value;
}

export function isChecked(form: HTMLFormElement, name: string): boolean {
  return Boolean(field(form, name)?.checked);
}

/** Show or hide the `.field` around a named control. */
function showField(form: HTMLFormElement, name: string, shown: boolean): void {
  const wrapper = field(form, name)?.closest?.('.field');
  if (wrapper) wrapper.hidden = !shown;
}

export function widgetOf(form: HTMLFormElement): WidgetName {
  const chosen = valueOf(form, 'widget');
  return Object.prototype.hasOwnProperty.call(WIDGETS, chosen) ? (chosen as WidgetName) : 'pros-cons';
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The controls that hold `widget`'s own attributes: common ones, and those in its fieldset. */
function attributeControls(form: HTMLFormElement, widget: WidgetName): Control[] {
  const names: readonly string[] = WIDGETS[widget].attributes;
  return (Array.from(form.elements) as Control[]).filter((control) => {
    const owner = control.closest('fieldset[data-widget]');
    return names.includes(control.getAttribute('name') ?? '') && (!owner || owner.getAttribute('data-widget') === widget);
  });
}

/**
 * A control's attribute value: a ticked box is present (`''`); an empty value
 * or the widget's own default (`data-default`) is left out of the snippet.
 */
function attributeValue(control: Control): string | undefined {
  if (control.type === 'checkbox') return (control as HTMLInputElement).checked ? '' : undefined;
  const value = String(control.value).trim();
  return value === '' || value === control.getAttribute('data-default') ? undefined : value;
}

function setAttributeControl(control: Control, value: string | undefined): void {
  if (control.type === 'checkbox') (control as HTMLInputElement).checked = value !== undefined;
  else control.value = value ?? control.getAttribute('data-default') ?? '';
}

export function languageOf(form: HTMLFormElement): string | undefined {
  const choice = valueOf(form, 'language');
  return (choice === 'other' ? valueOf(form, 'language-other') : choice).trim() || undefined;
}

function fillLanguage(form: HTMLFormElement, lang: string): void {
  const listed = Array.from(field(form, 'language')?.options ?? [], (option) => option.value);
  const choice = lang === 'other' || !listed.includes(lang) ? 'other' : lang;
  setValue(form, 'language', choice);
  setValue(form, 'language-other', choice === 'other' ? lang : '');
}

/** Points, one a line; a line may start with a weight, `2: text`. Blank lines are skipped. */
export function parsePoints(text: string): PointConfig[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const weighted = /^([0-3])\s*:\s*(\S.*)$/.exec(line);
      return weighted ? { text: weighted[2], weight: Number(weighted[1]) } : { text: line };
    });
}

function pointsText(points: PointConfig[] = []): string {
  // one point a line: a line break inside a point would make two
  const line = (text: string) => text.replace(/\s*\n\s*/g, ' ');
  return points.map((point) => (point.weight === undefined ? line(point.text) : `${point.weight}: ${line(point.text)}`)).join('\n');
}

const SIDES = ['pros', 'cons'] as const;

/** The configuration the form describes right now. */
export function configFromForm(form: HTMLFormElement): WidgetConfig {
  const widget = widgetOf(form);
  const attributes: Record<string, string> = {};
  const id = isChecked(form, 'persist') ? valueOf(form, 'persist-id').trim() : '';
  if (id) attributes.id = id;
  for (const control of attributeControls(form, widget)) {
    const value = attributeValue(control);
    if (value !== undefined) attributes[control.getAttribute('name') ?? ''] = value;
  }
  const lang = languageOf(form);
  if (lang) attributes.lang = lang;
  const config: WidgetConfig = { widget, attributes };
  if (widget === 'pros-cons') {
    for (const side of SIDES) {
      const points = parsePoints(valueOf(form, side));
      if (points.length) config[side] = points;
    }
  }
  return { ...config, ...readDetails(form, widget) };
}

/**
 * Set the form to `config`: the inverse of `configFromForm`, for a builder
 * state shared by URL. Fields of the other widgets keep their values.
 * Returns what the form has no field for, and so left out.
 */
export function fillForm(form: HTMLFormElement, config: WidgetConfig): string[] {
  setValue(form, 'widget', config.widget);
  const { id, lang, ...attributes } = config.attributes;
  const leftOut: DetailsLeftOut = [];
  const controls = attributeControls(form, config.widget);
  for (const control of controls) {
    const name = control.getAttribute('name') ?? '';
    setAttributeControl(control, attributes[name]);
    // a select cannot take a value it has no option for
    if (attributes[name] !== undefined && control.type !== 'checkbox' && control.value !== attributes[name]) leftOut.push(`${name}="${attributes[name]}"`);
  }
  const shown = new Set(controls.map((control) => control.getAttribute('name')));
  leftOut.push(...Object.keys(attributes).filter((name) => !shown.has(name)));
  setValue(form, 'persist-id', id ?? '');
  if (id !== undefined && attributes.persist === undefined) leftOut.push('id (kept only with persist)');
  fillLanguage(form, lang ?? '');
  if (config.widget === 'pros-cons') {
    setValue(form, 'pros', pointsText(config.pros));
    setValue(form, 'cons', pointsText(config.cons));
  }
  fillDetails(form, config, leftOut);
  if (config.strings !== undefined) leftOut.push('strings');
  syncVisibility(form);
  return leftOut;
}

/**
 * Show only the fields that apply: the chosen widget's fieldset, the id with
 * persist, the language tag for "another language", the chosen output's
 * settings, the host font's name for "the host's font".
 */
export function syncVisibility(form: HTMLFormElement): void {
  const widget = widgetOf(form);
  for (const fieldset of Array.from(form.querySelectorAll<HTMLElement>('fieldset[data-widget]'))) fieldset.hidden = fieldset.getAttribute('data-widget') !== widget;
  const output = valueOf(form, 'output');
  for (const part of Array.from(form.querySelectorAll<HTMLElement>('[data-output]'))) part.hidden = part.getAttribute('data-output') !== output;
  showField(form, 'language-other', valueOf(form, 'language') === 'other');
  showField(form, 'font-name', valueOf(form, 'font') === 'named');
  const persist = isChecked(form, 'persist');
  showField(form, 'persist-id', persist);
  const id = field(form, 'persist-id');
  if (id) id.required = persist;
}

/** A name to keep answers under, offered when the author ticks persist (the storage key is the tag and the id). */
const SUGGESTED_IDS: Record<WidgetName, string> = { 'pros-cons': 'my-appraisal', 'participation-ladder': 'my-ladder', 'study-feed': 'my-study-updates' };

/**
 * Offer an id when persist is ticked, and follow the widget while the id is
 * still one of our suggestions. Only on those two changes: never while the
 * author is typing their own.
 */
export function suggestId(form: HTMLFormElement): void {
  const current = valueOf(form, 'persist-id').trim();
  if (isChecked(form, 'persist') && (current === '' || Object.values(SUGGESTED_IDS).includes(current))) setValue(form, 'persist-id', SUGGESTED_IDS[widgetOf(form)]);
}
