import { html, type TemplateResult } from 'lit';
import { fixture } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import type { ProsCons } from '../../src/pros-cons/pros-cons.js';

/** The seed blog's appraisal of social media for CPD, in the project's own words. */
export const SEED_PROS = [
  'A place to share good practice and new ideas from anywhere in the world.',
  'People in post-qualifying training can talk through and consolidate new learning online.',
  'An easy way to pass on papers, policy documents and briefings.',
  'Quick questions get quick answers, though not always the right ones.',
  'An efficient way to gather data from practitioners for research.',
  'Online communities of interest connect people within a specialism.',
  'Online debate sharpens critical thinking.',
];
export const SEED_CONS = [
  'Only a small, perhaps unrepresentative, minority of social workers take part.',
  'Much of what is posted is not peer reviewed and can mislead.',
  'Many employers discourage it, and people may fear for their jobs if identified.',
  'Posting to polish an online image can crowd out honesty and learning.',
  'It eats into work time and distracts from core tasks.',
  'What is learnt online can be hard to put into practice in a managerial workplace.',
];

/** The seed as light-DOM lists. */
export function seedLists(): TemplateResult {
  return html`<ul slot="pros">
      ${SEED_PROS.map((text) => html`<li>${text}</li>`)}
    </ul>
    <ul slot="cons">
      ${SEED_CONS.map((text) => html`<li>${text}</li>`)}
    </ul>`;
}

export function shadow(el: ProsCons): ShadowRoot {
  return el.shadowRoot as ShadowRoot;
}

export function groups(el: ProsCons): HTMLElement[] {
  return Array.from(shadow(el).querySelectorAll<HTMLElement>('[role="radiogroup"]'));
}

/** The checked weight of each point, in display order. */
export function checkedWeights(el: ProsCons): number[] {
  return groups(el).map((group) => Number(group.querySelector('[role="radio"][aria-checked="true"]')?.getAttribute('data-weight')));
}

export function radio(el: ProsCons, pointIndex: number, weight: number): HTMLElement {
  const found = groups(el)[pointIndex]?.querySelector<HTMLElement>(`[role="radio"][data-weight="${weight}"]`);
  if (!found) throw new Error(`no radio ${weight} for point ${pointIndex}`);
  return found;
}

export function meter(el: ProsCons): HTMLElement {
  const found = shadow(el).querySelector<HTMLElement>('[role="meter"]');
  if (!found) throw new Error('no meter');
  return found;
}

/** The visible texts of the points of a side, as the shadow DOM shows them. */
export function pointTexts(el: ProsCons, side: 'pro' | 'con'): string[] {
  return Array.from(shadow(el).querySelectorAll(`.side.${side} .point`)).map((item) => {
    const text = item.querySelector('.point-text > span:last-child') ?? item;
    return (text.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** Wait for the live region after `announce` (it sets its text on the next frame). */
export async function liveRegionText(el: ProsCons, timeout = 1000, previous = ''): Promise<string> {
  const read = () => shadow(el).querySelector('[role="status"]')?.textContent?.trim() ?? '';
  const start = performance.now();
  while ((!read() || read() === previous) && performance.now() - start < timeout) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await el.updateComplete;
  }
  return read();
}

/** Record console.warn calls while `body` runs. */
export async function captureWarnings(body: () => Promise<void>): Promise<string[]> {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Capture what `downloadFile` offers: the file name and its text. */
export async function captureDownload(action: () => void): Promise<{ name: string; text: string; type: string }> {
  const original = HTMLAnchorElement.prototype.click;
  const clicked: HTMLAnchorElement[] = [];
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicked.push(this);
  };
  try {
    action();
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
  const link = clicked[0];
  if (!link) throw new Error('nothing was downloaded');
  const response = await fetch(link.href);
  const blob = await response.blob();
  return { name: link.download, text: await blob.text(), type: blob.type };
}

/**
 * Render a template into a fresh container (a form, a sized div) appended to
 * the page's body. open-wc's `fixture` waits a frame for a root that is not a Lit
 * element, and frames stall in a background page while tests run in
 * parallel, so the widget itself is the fixture here.
 */
export async function fixtureIn<T extends Element>(container: HTMLElement, template: TemplateResult): Promise<T> {
  document.body.append(container); // removed again by open-wc's fixture cleanup
  return fixture<T>(template, { parentNode: container });
}

interface AccessibilityNode {
  role: string;
  name: string;
  description?: string;
  children?: AccessibilityNode[];
}

/** Every radio on the page as the browser's accessibility tree gives it (what a screen reader reads), in order. */
export async function accessibleRadios(): Promise<AccessibilityNode[]> {
  const radios: AccessibilityNode[] = [];
  const walk = (node: AccessibilityNode) => {
    if (node.role === 'radio') radios.push(node);
    node.children?.forEach(walk);
  };
  walk((await a11ySnapshot({})) as unknown as AccessibilityNode);
  return radios;
}
