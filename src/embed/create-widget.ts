/**
 * Build the element a `WidgetConfig` describes, with DOM methods only (no
 * HTML parsing): the same element the snippet's markup makes, which is how
 * the builder previews a snippet and how `embed.html` renders one.
 */
import { trustedJsonScript } from '../shared/trusted-types.js';
import { WIDGETS, attributeEntries, isWeight, type PointConfig, type WidgetConfig } from './config.js';

export function createWidget(config: WidgetConfig, doc: Document = document): HTMLElement {
  const element = doc.createElement(WIDGETS[config.widget].tag);
  // readConfig has checked the names already; a configuration built in code has not
  for (const [name, value] of attributeEntries(config)) element.setAttribute(name, value);
  if (config.pros?.length) element.append(pointList(doc, 'pros', config.pros));
  if (config.cons?.length) element.append(pointList(doc, 'cons', config.cons));
  if (config.json !== undefined) element.append(jsonChild(doc, config.json));
  if (config.study !== undefined) element.append(jsonChild(doc, config.study, 'data-study'));
  if (config.strings && Object.keys(config.strings).length) element.append(jsonChild(doc, config.strings, 'data-strings'));
  return element;
}

function pointList(doc: Document, slot: 'pros' | 'cons', points: PointConfig[]): HTMLUListElement {
  const list = doc.createElement('ul');
  list.slot = slot;
  for (const point of points) {
    const item = doc.createElement('li');
    item.textContent = String(point.text);
    if (isWeight(point.weight)) item.dataset.weight = String(point.weight);
    list.append(item);
  }
  return list;
}

/** A `<script type="application/json">` child; its text is a Trusted Types sink even though it never runs. */
function jsonChild(doc: Document, value: unknown, role?: string): HTMLScriptElement {
  const script = doc.createElement('script');
  script.type = 'application/json';
  if (role) script.setAttribute(role, '');
  script.textContent = trustedJsonScript(JSON.stringify(value));
  return script;
}
