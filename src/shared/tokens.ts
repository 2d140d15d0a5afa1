import { css } from 'lit';

/**
 * Design tokens and base styles shared by every widget.
 *
 * - Font family, size and line height are inherited from the page, and every
 *   size is in `em`, so a theme's unusual root font size (`html { font-size:
 *   10px }`) does not shrink the widget.
 * - Colours are `--cf-*` custom properties with `light-dark()` defaults;
 *   `color-scheme` follows the reader (`theme="auto"`) or the `theme` attribute.
 *   Pros/cons use a colour-blind-safe blue/orange pair; every pair meets
 *   WCAG 2.2 AA on its surface in both schemes.
 * - `forced-colors` switches to system colours; `prefers-reduced-motion`
 *   turns transitions off; print is black on white without buttons.
 */
export const tokens = css`
  :host {
    --cf-surface: light-dark(#ffffff, #1c1e22);
    --cf-surface-tint: light-dark(#f3f5f8, #262930);
    --cf-text: light-dark(#1f2328, #eceef1);
    --cf-text-muted: light-dark(#4f5761, #b3bac2);
    --cf-border: light-dark(#767f89, #8b949e);
    --cf-hairline: light-dark(#d0d7de, #3d444d);
    --cf-accent: light-dark(#0b5cad, #7cb8ff);
    --cf-accent-text: light-dark(#ffffff, #0d1117);
    --cf-accent-tint: light-dark(#e3eefa, #1d3350);
    --cf-pro: light-dark(#0b5cad, #7cb8ff);
    --cf-pro-tint: light-dark(#e3eefa, #1d3350);
    --cf-con: light-dark(#9a4600, #ffab66);
    --cf-con-tint: light-dark(#fbeadb, #45290f);
    --cf-focus: light-dark(#0b5cad, #9ccbff);
    --cf-danger: light-dark(#b3261e, #ffb4ab);
    --cf-radius: 0.5em;
    --cf-gap: 1em;
    --cf-transition: 180ms ease-out;

    color-scheme: light dark;
    display: block;
    box-sizing: border-box;
    color: var(--cf-text);
    background: var(--cf-surface);
    border: 1px solid var(--cf-hairline);
    border-radius: var(--cf-radius);
    padding: 1em;
    font-family: inherit;
    line-height: 1.45;
    text-align: start;
    contain: layout style;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .cf-visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  :focus-visible {
    outline: 0.15em solid var(--cf-focus);
    outline: max(2px, 0.15em) solid var(--cf-focus);
    outline-offset: 2px;
  }

  h2,
  h3,
  h4,
  p,
  ul,
  ol {
    margin: 0;
  }
  .cf-heading {
    font-size: 1.2em;
    line-height: 1.25;
    font-weight: 700;
    margin: 0 0 0.5em;
  }
  .cf-muted {
    color: var(--cf-text-muted);
  }

  .cf-button {
    font: inherit;
    font-size: 0.95em;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    /* 44px at a 16px host: the font is 0.95em, so the 2.75em target is divided by it */
    min-height: calc(2.75em / 0.95);
    min-width: calc(2.75em / 0.95);
    padding: 0.4em 0.9em;
    border: 1px solid var(--cf-border);
    border-radius: var(--cf-radius);
    background: var(--cf-surface);
    color: var(--cf-text);
    cursor: pointer;
    line-height: 1.2;
    text-decoration: none;
  }
  .cf-button:enabled:hover {
    background: var(--cf-surface-tint);
  }
  .cf-button[aria-pressed='true'],
  .cf-button.cf-primary {
    background: var(--cf-accent);
    border-color: var(--cf-accent);
    color: var(--cf-accent-text);
  }
  /* A control that cannot be used now looks it: faded, with the not-allowed
     cursor (the widget's disabled attribute, or a disabled fieldset around it). */
  :is(button, input, textarea, select, [role='radio'], [role='tab']):is(:disabled, [aria-disabled='true']) {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .cf-button svg {
    width: 1em;
    height: 1em;
    flex: none;
  }

  /* the export and "Clear my answers" row, and the note on what persist keeps */
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .persist-note {
    flex-basis: 100%;
    font-size: 0.9em;
  }
  /* "Your answers are cleared." with its Undo button, on a line of its own */
  .cleared-note {
    flex-basis: 100%;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }

  /* a message tied to a field or group by aria-describedby (an add refused, a required answer missing) */
  .field-error {
    color: var(--cf-danger);
    font-weight: 700;
    margin: 0;
  }

  .cf-message {
    border-inline-start: 0.3em solid var(--cf-danger);
    background: var(--cf-surface-tint);
    padding: 0.5em 0.75em;
    border-radius: 0 var(--cf-radius) var(--cf-radius) 0;
    margin: 0 0 0.75em;
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --cf-transition: 0s;
    }
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }

  @media (forced-colors: active) {
    :host {
      --cf-surface: Canvas;
      --cf-surface-tint: Canvas;
      --cf-text: CanvasText;
      --cf-text-muted: CanvasText;
      --cf-border: CanvasText;
      --cf-hairline: CanvasText;
      --cf-accent: Highlight;
      --cf-accent-text: HighlightText;
      --cf-accent-tint: Canvas;
      --cf-pro: CanvasText;
      --cf-pro-tint: Canvas;
      --cf-con: CanvasText;
      --cf-con-tint: Canvas;
      --cf-focus: Highlight;
      --cf-danger: CanvasText;
    }
    .cf-button {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
    .cf-button[aria-pressed='true'],
    .cf-button.cf-primary {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }

  @media print {
    :host {
      color-scheme: light;
      --cf-surface: #fff;
      --cf-surface-tint: #fff;
      --cf-text: #000;
      --cf-text-muted: #000;
      --cf-accent: #000;
      --cf-accent-tint: #fff;
      border-color: #000;
      break-inside: avoid;
    }
    .cf-no-print,
    button,
    .cf-button {
      display: none !important;
    }
  }
`;
