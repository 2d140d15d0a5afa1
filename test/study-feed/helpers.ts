/** Helpers shared by the <cf-study-feed> tests. */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { StudyFeed } from '../../src/study-feed/study-feed.js';
import { describeValue } from '../support/readable-failures.js';

/** Static test feeds (served by the test runner from the repository root). */
export const FEEDS = '/test/study-feed/feeds/';

export const shadow = (el: HTMLElement) => el.shadowRoot!;
export const text = (el: HTMLElement, selector: string) => shadow(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const texts = (el: HTMLElement, selector: string) => [...shadow(el).querySelectorAll(selector)].map((node) => node.textContent?.replace(/\s+/g, ' ').trim() ?? '');
export const state = (el: HTMLElement) => shadow(el).querySelector('[part="base"]')?.getAttribute('data-state');

/** Wait until the element is no longer loading (and has rendered that). */
export async function settled(el: StudyFeed, timeout = 8000): Promise<StudyFeed> {
  await waitUntil(() => el.status !== 'loading', `<cf-study-feed> still loading after ${timeout} ms`, { timeout });
  await el.updateComplete;
  return el;
}

/** Render a template holding one <cf-study-feed> and wait for it to settle. */
export async function feedFixture(template: TemplateResult, timeout?: number): Promise<StudyFeed> {
  return settled(await fixture<StudyFeed>(template), timeout);
}

/** How many times a counting route was requested. */
export async function hits(key: string): Promise<number> {
  const response = await fetch(`/__feeds/hits?key=${encodeURIComponent(key)}`);
  return ((await response.json()) as { count: number }).count;
}

/** A key no other test (or earlier run against the same server) uses. */
export function uniqueKey(name: string): string {
  return `${name}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Everything in a shadow root that could run or leak: script elements,
 * on* attributes, and URL attributes with a scheme other than http(s)/mailto.
 * Returns descriptions of what it found (empty when safe).
 */
export function dangers(root: ShadowRoot | Element): string[] {
  const found: string[] = [];
  const elements = [...root.querySelectorAll('*')];
  for (const element of elements) {
    const tag = element.localName;
    if (['script', 'iframe', 'object', 'embed', 'form', 'base', 'meta', 'frame', 'style'].includes(tag)) found.push(`<${tag}>`);
    for (const attribute of [...element.attributes]) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
      if (name.startsWith('on')) found.push(`<${tag} ${name}>`);
      if (name === 'style' || name === 'srcdoc') found.push(`<${tag} ${name}>`);
      if (/(?:java|vb)script:/.test(value)) found.push(`<${tag} ${name}="${attribute.value}">`);
      if (['href', 'src', 'xlink:href', 'action', 'formaction', 'poster', 'background', 'cite', 'data'].includes(name) && !/^(?:https?|mailto):/.test(value)) {
        found.push(`<${tag} ${name}="${attribute.value}"> (scheme)`);
      }
    }
    if (tag === 'a' && element.hasAttribute('href') && element.getAttribute('rel') !== 'noopener noreferrer') found.push(`<a href> without rel="noopener noreferrer"`);
    if (tag === 'a' && element.hasAttribute('target')) found.push('<a target>');
    if (tag === 'img' && (element.getAttribute('loading') !== 'lazy' || element.getAttribute('referrerpolicy') !== 'no-referrer')) found.push('<img> not lazy or with a referrer');
  }
  return found;
}

/**
 * Counts calls to window.alert while the calling suite runs (a hostile feed
 * must never get one to run). Call it in a describe body; read the count
 * with the function it returns.
 */
export function countAlertsDuringSuite(): () => number {
  let alerts = 0;
  const original = window.alert;
  before(() => {
    window.alert = () => {
      alerts++;
    };
  });
  after(() => {
    window.alert = original;
  });
  return () => alerts;
}

/** Replaces `window.fetch` for one request: it answers at once with headers, and with a body only when `release()` is called. */
export function heldBodyFetch(body: string, contentType: string): { release: () => void; drained: () => boolean } {
  let release!: () => void;
  let drained = false;
  const arrives = new Promise<void>((resolve) => (release = resolve));
  const original = window.fetch;
  window.fetch = (async () => {
    window.fetch = original;
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await arrives;
        controller.enqueue(new TextEncoder().encode(body));
        controller.close();
        drained = true;
      },
    });
    return new Response(stream, { status: 200, headers: { 'content-type': contentType } });
  }) as typeof fetch;
  return { release: () => release(), drained: () => drained };
}

export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

/**
 * Count the imports through a lazy chunk's seam (`xmlSideImport`,
 * `storedCopyImport`); `gate` decides what each import gives (the real
 * import by default). Tests put `load` back afterwards.
 */
export function watchImports<T>(seam: { load: () => Promise<T> }, gate: () => Promise<T> = seam.load): { count: () => number } {
  let count = 0;
  seam.load = () => {
    count++;
    return gate();
  };
  return { count: () => count };
}

/**
 * Expects `actual` to be the very node `expected` (focus checks), with a
 * message that names `what` and both nodes (described as
 * test/support/readable-failures.js describes a node for the runner).
 */
export function expectSameNode(actual: Node | null | undefined, expected: Node | null | undefined, what: string): void {
  expect(actual === expected, `${what}: expected ${describeValue(expected)}, got ${describeValue(actual)}`).to.equal(true);
}
