/**
 * `<sb-live-tokens>`: the `--cf-*` custom properties of a live widget, with
 * the values it computes now, for the "Theming / Custom properties" page.
 *
 * The names come from the widget's own stylesheets (every `--cf-*` it
 * declares or reads), so a new property shows up without editing this file.
 * A property's computed value is the text it was given (`light-dark(#fff,
 * #1c1e22)`); for a colour, the colour it resolves to inside the widget (its
 * scheme, its theme, forced colours) is read from a probe placed in its
 * shadow root for the moment of the reading and removed at once.
 *
 * It reads again whenever `revision` changes (the story bumps it with every
 * control change), when the reader's colour scheme changes, and on "Read
 * again".
 */
import { LitElement, css, html, type PropertyValues } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

export interface TokenRow {
  name: string;
  /** The computed value of the custom property on the widget, as written. */
  value: string;
  /** For a colour, what it resolves to inside the widget (`rgb(…)`); '' otherwise. */
  resolved: string;
  description: string;
}

/** Every `--cf-*` name the stylesheets declare or read, in first-seen order. */
export function customPropertyNames(sheets: readonly CSSStyleSheet[]): string[] {
  const names = new Set<string>();
  const visit = (rules: CSSRuleList) => {
    for (const rule of rules) {
      for (const match of rule.cssText.matchAll(/(--cf-[\w-]+)/g)) names.add(match[1]!);
    }
  };
  for (const sheet of sheets) visit(sheet.cssRules);
  return [...names];
}

/** The colour `value` resolves to inside `widget` ('' when it is not a colour). */
function resolvedColour(widget: Element, name: string, value: string): string {
  const root = widget.shadowRoot;
  if (!root || !value || !CSS.supports('color', value)) return '';
  const probe = document.createElement('span');
  probe.style.setProperty('color', `var(${name})`);
  root.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

/** The rows for one widget: name, value as written, resolved colour, description. */
export function readTokens(widget: Element, descriptions: Readonly<Record<string, string>> = {}): TokenRow[] {
  const sheets = widget.shadowRoot?.adoptedStyleSheets ?? [];
  const style = getComputedStyle(widget);
  return customPropertyNames(sheets).map((name) => {
    const value = style.getPropertyValue(name).trim();
    return { name, value, resolved: resolvedColour(widget, name, value), description: descriptions[name] ?? '' };
  });
}

export class LiveTokens extends LitElement {
  static override properties = {
    for: { type: String },
    revision: { type: Number },
    descriptions: { attribute: false },
    rows: { state: true },
  };

  /** The id of the widget to read. */
  for = '';
  /** Bumped by the story on every control change, so the table reads again. */
  revision = 0;
  descriptions: Readonly<Record<string, string>> = {};
  rows: TokenRow[] = [];

  private readonly scheme = matchMedia('(prefers-color-scheme: dark)');
  private readonly onSchemeChange = () => void this.read();

  static override styles = css`
    :host {
      display: block;
      font: 0.875rem/1.4 system-ui, sans-serif;
    }
    table {
      border-collapse: collapse;
      inline-size: 100%;
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: 0.35em 0.5em;
      border-block-end: 1px solid #d0d7de;
    }
    code {
      font-family: ui-monospace, monospace;
      overflow-wrap: anywhere;
    }
    .swatch {
      display: inline-block;
      inline-size: 1.2em;
      block-size: 1.2em;
      vertical-align: middle;
      margin-inline-end: 0.4em;
      border: 1px solid #767f89;
      border-radius: 0.2em;
      forced-color-adjust: none;
    }
  `;

  override connectedCallback(): void {
    super.connectedCallback();
    this.scheme.addEventListener('change', this.onSchemeChange);
  }

  override disconnectedCallback(): void {
    this.scheme.removeEventListener('change', this.onSchemeChange);
    super.disconnectedCallback();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('for') || changed.has('revision') || changed.has('descriptions')) void this.read();
  }

  /** Read the widget's values once it has rendered with the story's latest args. */
  async read(): Promise<void> {
    const widget = (this.getRootNode() as Document | ShadowRoot).getElementById?.(this.for) ?? document.getElementById(this.for);
    if (!widget) {
      if (this.rows.length) this.rows = [];
      return;
    }
    await customElements.whenDefined(widget.localName);
    await (widget as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    this.rows = readTokens(widget, this.descriptions);
  }

  protected override render() {
    if (!this.rows.length) return html`<p>No widget with the id “${this.for}” to read.</p>`;
    return html`<table>
      <caption style="text-align:start;font-weight:600;padding-block-end:0.5em">
        Custom properties of #${this.for}, as it computes them now
        <button type="button" @click=${() => void this.read()}>Read again</button>
      </caption>
      <thead>
        <tr><th scope="col">property</th><th scope="col">computed value</th><th scope="col">resolves to</th><th scope="col">what it sets</th></tr>
      </thead>
      <tbody>
        ${this.rows.map(
          (row) => html`<tr data-property=${row.name}>
            <th scope="row"><code>${row.name}</code></th>
            <td><code>${row.value || '(not set)'}</code></td>
            <td>${row.resolved ? html`<span class="swatch" aria-hidden="true" style=${styleMap({ background: row.resolved })}></span><code>${row.resolved}</code>` : ''}</td>
            <td>${row.description}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

/**
 * Register `<sb-live-tokens>`. A function, not a bare side effect: package.json's
 * `sideEffects` list does not name stories/, so a bundler drops a module
 * imported only for its side effects.
 */
export function defineLiveTokens(): void {
  if (!customElements.get('sb-live-tokens')) customElements.define('sb-live-tokens', LiveTokens);
}

declare global {
  interface HTMLElementTagNameMap {
    'sb-live-tokens': LiveTokens;
  }
}
