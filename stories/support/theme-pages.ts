/**
 * The "Theming / Light, dark and forced colours" page: one widget in three
 * columns, as a designer checks a colour change.
 *
 * Forced colours (Windows High Contrast) cannot be switched on from inside a
 * page, and Storybook's browser is not in that mode. The third column is a
 * simulation: the widget's own `@media (forced-colors: active)` rules are
 * adopted without their condition, so the system colours they name
 * (`Canvas`, `CanvasText`, `LinkText`, `Highlight` …) take the browser's
 * default palette, as a white high-contrast theme would give them. (Over a
 * dark scheme Chromium darkens `Canvas` but keeps the light `LinkText`, a
 * pair no real forced palette has, so the simulation stays light.) What a browser in forced colours does on top
 * (replacing the colours of everything that has not opted out with
 * `forced-color-adjust: none`) is not simulated.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../../src/index.js';
import { unconditionalForcedColourRules } from '../../test/support/forced-colour-rules.js';
import { jsonScript } from './ladder.js';
import { DEMO_CONS, DEMO_PROS } from './pros-cons.js';

export type Scheme = 'light' | 'dark' | 'forced';

/** The three columns: what each is, and the page behind it. */
export const SCHEMES: readonly { scheme: Scheme; label: string; note: string }[] = [
  { scheme: 'light', label: 'Light', note: 'theme="light"' },
  { scheme: 'dark', label: 'Dark', note: 'theme="dark"' },
  { scheme: 'forced', label: 'Forced colours (simulated)', note: 'the widget’s forced-colours rules, system colours' },
];

export type WidgetTag = 'cf-pros-cons' | 'cf-participation-ladder' | 'cf-study-feed';

const simulated = new WeakSet<Element>();

/** The widget's `(forced-colors: active)` rules, adopted without their condition. */
export function simulateForcedColours(widget: Element): boolean {
  const root = widget.shadowRoot;
  if (!root || simulated.has(widget)) return false;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, unconditionalForcedColourRules(root)];
  simulated.add(widget);
  return true;
}

/** Simulate forced colours once the widget has upgraded and rendered (it has no shadow root before). */
async function forcedWhenRendered(widget: Element | undefined): Promise<void> {
  if (!widget) return;
  await customElements.whenDefined(widget.localName);
  await (widget as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  simulateForcedColours(widget);
}

/** A short inline JSON Feed, so the study card needs no network. */
const STUDY_FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Connecting People study',
  items: [
    { id: 'u2', title: 'A manual for the intervention', url: 'https://connecting-people.example.org/manual', date_published: '2011-11-10T10:00:00Z', content_text: 'Flexible rather than prescriptive, leaving room for judgement.' },
    { id: 'u1', title: 'A new researcher joins the team', url: 'https://connecting-people.example.org/researcher', date_published: '2011-11-07T09:00:00Z', content_text: 'With social care and research experience.' },
  ],
  _study: {
    status: 'active',
    phase: 'Final phase of the ethnography',
    milestones: [
      { title: 'Ethnography', date: '2011-11', status: 'current' },
      { title: 'Intervention manual', date: '2012-04', status: 'planned' },
    ],
    links: [{ title: 'Study blog', url: 'https://connecting-people.example.org/', kind: 'blog' }],
  },
};

export interface SampleOptions {
  /** Fixes the widget's colour scheme. */
  theme: 'light' | 'dark';
  /** Simulate forced colours once it has rendered. */
  forced?: boolean;
  id?: string;
  /** Custom properties set on the element itself, as a page would (they win over the widget's own defaults). */
  properties?: Readonly<Record<string, string>>;
}

/** One widget, small enough that three fit side by side. */
export function sampleWidget(tag: WidgetTag, { theme, forced = false, id, properties = {} }: SampleOptions): TemplateResult {
  const onRender = forced ? ref((el) => void forcedWhenRendered(el)) : nothing;
  const style = styleMap(properties);
  switch (tag) {
    case 'cf-pros-cons':
      return html`<cf-pros-cons id=${ifDefined(id)} style=${style} theme=${theme} heading="Social media for CPD" pros-label="Benefits" cons-label="Pitfalls" ${onRender}>
        <ul slot="pros">
          ${DEMO_PROS.slice(0, 2).map((point) => html`<li>${point.text}</li>`)}
        </ul>
        <ul slot="cons">
          ${DEMO_CONS.slice(0, 2).map((point) => html`<li>${point.text}</li>`)}
        </ul>
      </cf-pros-cons>`;
    case 'cf-participation-ladder':
      return html`<cf-participation-ladder id=${ifDefined(id)} style=${style} theme=${theme} scale="tlap" value="consultation" aspiration="co-production" heading="Co-production in your service" ${onRender}></cf-participation-ladder>`;
    case 'cf-study-feed':
      return html`<cf-study-feed id=${ifDefined(id)} style=${style} theme=${theme} heading="Connecting People study" ${onRender}>${jsonScript(STUDY_FEED)}</cf-study-feed>`;
  }
}

/** The three columns for one widget. */
export function schemesSideBySide(tag: WidgetTag): TemplateResult {
  return html`<div class="sb-schemes" style="display:grid;grid-template-columns:repeat(3,minmax(20em,1fr));gap:1em;overflow-x:auto">
    ${SCHEMES.map(
      ({ scheme, label, note }) => html`<section
        data-scheme=${scheme}
        aria-label=${label}
        style=${scheme === 'light' ? 'background:#ffffff;color:#1f2328;padding:1em' : scheme === 'dark' ? 'background:#15181c;color:#eceef1;padding:1em' : 'color-scheme:light;background:Canvas;color:CanvasText;padding:1em;outline:2px solid CanvasText'}
      >
        <h3 style="margin:0 0 0.25em;font-size:1em">${label}</h3>
        <p style="margin:0 0 0.75em;font-size:0.85em"><code>${note}</code></p>
        ${sampleWidget(tag, { theme: scheme === 'dark' ? 'dark' : 'light', forced: scheme === 'forced' })}
      </section>`,
    )}
  </div>`;
}
