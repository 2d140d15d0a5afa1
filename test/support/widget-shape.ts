/** Helpers for the embed and builder tests (test/embed/): comparing elements and seeing that widgets rendered. */
import type { WidgetName } from '../../src/embed/config.js';

export interface Shape {
  tag: string;
  attributes: [string, string][];
  children: Shape[];
  text?: unknown;
}

/**
 * An element as plain data: tag, sorted attributes and children, with leaf
 * text trimmed and JSON children parsed, so indentation and JSON layout (a
 * snippet is pretty-printed, a built element is not) do not count.
 */
export function shape(element: Element): Shape {
  const attributes = Array.from(element.attributes, (attribute): [string, string] => [attribute.name, attribute.value]).sort();
  const children = Array.from(element.children, shape);
  const raw = element.textContent ?? '';
  const text = children.length ? undefined : element.localName === 'script' ? JSON.parse(raw) : raw.trim();
  return { tag: element.localName, attributes, children, ...(text === undefined ? {} : { text }) };
}

/** What shows, in its shadow root, that each widget has rendered. */
export const RENDERED: Record<WidgetName, string> = {
  'pros-cons': '[role="meter"]',
  'participation-ladder': '[role="radio"]',
  'study-feed': '[part~="item"]',
};
