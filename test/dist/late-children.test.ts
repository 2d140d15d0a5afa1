/**
 * Issue 11 item 1: every configuration a widget takes from its children
 * (pros/cons lists and JSON, the ladder's custom scale, strings JSON, the
 * study feed's data-study) is read whether the script runs before the parser
 * reaches the children (script in <head>, the README's order), after it
 * (script at the end of <body>), or before the children exist at all (a
 * page's script adds the element, then its children), and again when a page
 * changes the children later. Uses the built IIFE, as pages do (npm run build first).
 */
import { expect } from '@open-wc/testing';
import { openFrame, sleep, until } from '../hostile/support.js';

const INLINE_FEED = `<script type="application/json">{ "version": "https://jsonfeed.org/version/1.1", "title": "A study", "items": [{ "id": "1", "title": "Fieldwork begins", "content_text": "We start on Monday." }] }</script>`;
const study = (phase: string) =>
  `{ "status": "active", "phase": "${phase}", "milestones": [{ "title": "Ethics approval", "status": "done" }], "links": [{ "title": "The study blog", "url": "https://example.org/blog", "kind": "blog" }] }`;
const scale = (top: string) =>
  `{ "name": "Ours", "levels": [{ "id": "told", "label": "Told" }, { "id": "asked", "label": "Asked" }, { "id": "top", "label": "${top}" }] }`;

/** What the shadow root shows, as text. */
const shown = (host: Element) => host.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

interface Configuration {
  name: string;
  tag: string;
  /** The configuration children. */
  children: string;
  /** True once the widget shows what the children say. */
  read(host: Element): boolean;
  /** Change the children as a page's script would, and say how to see that it was read. */
  change(host: Element): void;
  changed(host: Element): boolean;
}

const CONFIGURATIONS: Configuration[] = [
  {
    name: 'pros/cons lists',
    tag: 'cf-pros-cons',
    children: '<ul slot="pros"><li>Quick answers</li></ul><ul slot="cons"><li>Not peer reviewed</li></ul>',
    read: (host) => host.shadowRoot?.querySelectorAll('[role="radiogroup"]').length === 2 && shown(host).includes('Quick answers') && shown(host).includes('Not peer reviewed'),
    change: (host) => (host.querySelector('li')!.textContent = 'Reach beyond your team'),
    changed: (host) => shown(host).includes('Reach beyond your team') && !shown(host).includes('Quick answers'),
  },
  {
    name: 'pros/cons JSON',
    tag: 'cf-pros-cons',
    children: '<script type="application/json">{ "pros": [{ "text": "Quick answers" }], "cons": [{ "text": "Not peer reviewed" }] }</script>',
    read: (host) => host.shadowRoot?.querySelectorAll('[role="radiogroup"]').length === 2 && shown(host).includes('Quick answers'),
    change: (host) => (host.querySelector('script')!.textContent = '{ "pros": [{ "text": "Reach beyond your team" }], "cons": [{ "text": "Not peer reviewed" }] }'),
    changed: (host) => shown(host).includes('Reach beyond your team') && !shown(host).includes('Quick answers'),
  },
  {
    name: "the ladder's custom scale JSON",
    tag: 'cf-participation-ladder',
    children: `<script type="application/json">${scale('Deciding')}</script>`,
    read: (host) => host.shadowRoot?.querySelectorAll('[role="radio"]').length === 3 && Boolean(host.shadowRoot?.querySelector('[role="radio"][data-level="asked"]')),
    change: (host) => (host.querySelector('script')!.textContent = scale('Leading')),
    changed: (host) => shown(host).includes('Leading') && !shown(host).includes('Deciding'),
  },
  {
    name: 'strings JSON',
    tag: 'cf-participation-ladder',
    children: '<script type="application/json" data-strings>{ "heading": "Ble mae cyfranogiad?" }</script>',
    read: (host) => shown(host).includes('Ble mae cyfranogiad?'),
    change: (host) => (host.querySelector('script')!.textContent = '{ "heading": "Pwy sy\'n penderfynu?" }'),
    changed: (host) => shown(host).includes("Pwy sy'n penderfynu?") && !shown(host).includes('Ble mae'),
  },
  {
    name: 'data-study',
    tag: 'cf-study-feed',
    children: `${INLINE_FEED}<script type="application/json" data-study>${study('Fieldwork')}</script>`,
    read: (host) =>
      host.shadowRoot?.querySelector('[part="status"]')?.textContent?.trim() === 'Active' &&
      host.shadowRoot?.querySelector('.phase')?.textContent === 'Fieldwork' &&
      Boolean(host.shadowRoot?.querySelector('[part="milestone"]')) &&
      Boolean(host.shadowRoot?.querySelector('[part="follow-link"]')),
    change: (host) => (host.querySelector('[data-study]')!.textContent = study('Analysis')),
    changed: (host) => host.shadowRoot?.querySelector('.phase')?.textContent === 'Analysis',
  },
];

const SCRIPT = '<script src="/dist/critical-friend.iife.js"></script>';
const REPORT = `<script>window.__errors = []; addEventListener('error', (e) => __errors.push(String(e.message)));</script>`;

/** The three ways a page meets the widget, as a page builder. */
const CASES: Array<[string, (configuration: Configuration) => string]> = [
  ['script in <head>', ({ tag, children }) => `<!doctype html><html lang="en-GB"><head>${REPORT}${SCRIPT}</head><body><p>Before.</p><${tag}>${children}</${tag}><p>After.</p></body></html>`],
  ['script at the end of <body>', ({ tag, children }) => `<!doctype html><html lang="en-GB"><head>${REPORT}</head><body><p>Before.</p><${tag}>${children}</${tag}><p>After.</p>${SCRIPT}</body></html>`],
  ['element inserted by script after load, its children after it', () => `<!doctype html><html lang="en-GB"><head>${REPORT}${SCRIPT}</head><body><p>Before.</p></body></html>`],
];

describe('configuration children, whenever the script runs (dist IIFE)', () => {
  before(async () => {
    const response = await fetch('/dist/critical-friend.iife.js', { method: 'HEAD' });
    if (!response.ok) throw new Error('dist/ is missing: run `npm run build` before these tests (npm test does).');
  });

  for (const configuration of CONFIGURATIONS) {
    for (const [name, page] of CASES) {
      it(`${configuration.name}: ${name}, and again when the page changes them`, async () => {
        const { frame, win, doc } = await openFrame({ srcdoc: page(configuration) });
        try {
          await win.customElements.whenDefined(configuration.tag);
          let host = doc.querySelector(configuration.tag);
          if (!host) {
            // a page's script adds the element, lets it render, then adds its children
            host = doc.createElement(configuration.tag);
            doc.body.append(host);
            await sleep(50);
            const holder = doc.createElement('template');
            holder.innerHTML = configuration.children;
            host.append(doc.importNode(holder.content, true));
          }
          const element = host;
          await until(() => configuration.read(element), `${configuration.tag} did not show its ${configuration.name}: ${shown(element).slice(0, 300)}`, 3000);
          configuration.change(element);
          await until(() => configuration.changed(element), `${configuration.tag} did not read its changed ${configuration.name}: ${shown(element).slice(0, 300)}`, 3000);
          expect((win as unknown as { __errors: string[] }).__errors).to.deep.equal([]);
        } finally {
          frame.remove();
        }
      });
    }
  }
});
