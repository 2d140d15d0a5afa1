import { css } from 'lit';

/** Layout of the ladder: rungs top first, grouped in bands, beside its explanation when wide. */
export const ladderStyles = css`
  .frame {
    container: cf-ladder / inline-size;
  }
  .intro,
  .scale-name {
    margin-block-end: 0.75em;
  }
  .scale-name {
    margin-block-start: -0.4em;
    font-size: 0.9em;
  }
  .layout {
    display: grid;
    gap: var(--cf-gap);
  }
  @container cf-ladder (min-width: 42em) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
  }

  /* One row that scrolls sideways when narrow: tabs that stack stop reading as tabs. */
  .tabs {
    display: flex;
    gap: 0.25em;
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scrollbar-width: thin;
    border-block-end: 1px solid var(--cf-hairline);
    margin-block-end: 0.75em;
  }
  /* More tabs off-screen: a shade inside the row's edge on that side, under
     the tabs' text (an inset shadow), led by the row's own scrolling, so no
     script and no layout reads. Without scroll-driven animations, no shade. */
  @supports (animation-timeline: scroll()) {
    .tabs {
      --shade: color-mix(in srgb, var(--cf-text) 20%, var(--cf-surface));
      /* longhands: the CSS minifier folds a timeline into the "animation"
         shorthand, which Chromium 156 does not accept there */
      animation-name: cf-more-tabs;
      animation-timing-function: linear;
      animation-fill-mode: both;
      animation-timeline: scroll(self inline);
    }
    .tabs:dir(rtl) {
      animation-direction: reverse;
    }
  }
  @keyframes cf-more-tabs {
    from {
      box-shadow: inset 0 0 transparent, inset -2em 0 1.5em -1.25em var(--shade);
    }
    10%,
    90% {
      box-shadow: inset 2em 0 1.5em -1.25em var(--shade), inset -2em 0 1.5em -1.25em var(--shade);
    }
    to {
      box-shadow: inset 2em 0 1.5em -1.25em var(--shade), inset 0 0 transparent;
    }
  }
  .tab {
    font: inherit;
    min-height: 2.75em;
    padding: 0.4em 0.9em;
    border: 1px solid transparent;
    border-block-end: 0.2em solid transparent;
    background: none;
    color: var(--cf-text);
    cursor: pointer;
    display: inline-flex;
    flex: none;
    white-space: nowrap;
    align-items: center;
    gap: 0.4em;
  }
  /* inside the scrolling row, an outline outside the tab would be clipped */
  .tab:focus-visible {
    outline-offset: -0.25em;
  }
  .tab[aria-selected='true'] {
    border-block-end-color: var(--cf-accent);
    font-weight: 700;
  }
  .tab svg {
    width: 1em;
    height: 1em;
  }

  /* "Next click sets: [Where we are now | Where we want to be]", one
     segmented switch whose halves stay side by side on a narrow screen. */
  .marking {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em 0.75em;
    margin-block-end: 0.75em;
  }
  .marking-label {
    font-weight: 700;
    font-size: 0.9em;
  }
  .segments {
    display: grid;
    grid-template-columns: 1fr 1fr;
    flex: 1 1 18em;
    max-inline-size: 28em;
  }
  .segments .cf-button {
    border-radius: 0;
  }
  .segments .cf-button:first-child {
    border-start-start-radius: var(--cf-radius);
    border-end-start-radius: var(--cf-radius);
  }
  .segments .cf-button:last-child {
    border-start-end-radius: var(--cf-radius);
    border-end-end-radius: var(--cf-radius);
    margin-inline-start: -1px;
  }

  /* The export buttons keep their own widths where they fit in a row, and
     share rows two by two in a narrow column rather than one per line. */
  .side-column {
    container: cf-ladder-side / inline-size;
  }
  .actions {
    align-items: stretch;
  }
  @container cf-ladder-side (max-width: 36em) {
    .actions > .cf-button {
      flex: 1 1 7.5em;
    }
  }

  .ladder {
    position: relative;
    display: grid;
    gap: 0.5em;
    border-inline: 0.35em solid var(--cf-hairline);
    padding-inline: 1.3em 0.5em;
  }
  /* The gap from now to aim, drawn beside the rungs as a bracket with its
     arrow at the aim (placed by the element; the words say it too). */
  .gap {
    position: absolute;
    inset-inline-start: 0.25em;
    inline-size: 0.75em;
    border: 0.2em solid var(--cf-accent);
    border-inline-end: 0;
    border-start-start-radius: 0.4em;
    border-end-start-radius: 0.4em;
    pointer-events: none;
  }
  .gap[hidden] {
    display: none;
  }
  .gap::after {
    content: '';
    position: absolute;
    inset-inline-end: -0.45em;
    inset-block-end: -0.55em;
    border: 0.45em solid transparent;
    border-inline-start-color: var(--cf-accent);
  }
  .gap[data-direction='up']::after {
    inset-block: -0.55em auto;
  }
  /* A preset on its way: its rungs' height, reserved (about 4.5em a rung). */
  .scale-loading {
    min-block-size: 36em;
    align-content: start;
  }
  .scale-loading[data-rungs='7'] {
    min-block-size: 31.5em;
  }
  .scale-loading[data-rungs='5'] {
    min-block-size: 22.5em;
  }
  .ladder[aria-invalid='true'] {
    border-inline-color: var(--cf-danger);
  }
  .field-error {
    margin-block-end: 0.5em;
  }
  .band {
    display: grid;
    gap: 0.35em;
  }
  .band-label {
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--cf-text-muted);
    margin-block-start: 0.35em;
  }
  .level {
    position: relative;
    display: grid;
    grid-template-columns: 2em minmax(0, 1fr);
    gap: 0.25em 0.6em;
    align-items: start;
    padding: 0.55em 0.7em;
    min-height: 2.75em;
    border: 1px solid var(--cf-hairline);
    border-radius: var(--cf-radius);
    background: var(--cf-surface-tint);
    cursor: pointer;
    transition: background-color var(--cf-transition), border-color var(--cf-transition);
  }
  .level:not([aria-disabled='true']):hover {
    border-color: var(--cf-border);
  }
  /* Both marks show at once: "now" filled, "aim" dashed, whichever the switch sets. */
  .level[data-now] {
    background: var(--cf-accent-tint);
    border-color: var(--cf-accent);
    box-shadow: inset 0.3em 0 0 var(--cf-accent);
  }
  .level[data-aim] {
    border: 0.15em dashed var(--cf-accent);
  }
  /* What the next click or Space would set, on the rung under the pointer or focus */
  .level:not([aria-checked='true'], [aria-disabled='true']):is(:hover, :focus-visible)::after {
    content: attr(data-preview) / '';
    position: absolute;
    inset-block-start: -0.8em;
    inset-inline-end: 0.6em;
    font-size: 0.75em;
    font-weight: 700;
    padding: 0 0.5em;
    border: 1px dashed var(--cf-accent);
    border-radius: 1em;
    background: var(--cf-surface);
    color: var(--cf-text);
  }
  .rung-number {
    display: inline-grid;
    place-items: center;
    width: 1.8em;
    height: 1.8em;
    border-radius: 50%;
    border: 1px solid var(--cf-border);
    font-weight: 700;
    font-size: 0.9em;
  }
  .level[data-aim] .rung-number {
    border: 0.15em solid var(--cf-accent);
  }
  .level[data-now] .rung-number {
    background: var(--cf-accent);
    border-color: var(--cf-accent);
    color: var(--cf-accent-text);
  }
  .level-text {
    display: grid;
    gap: 0.15em;
  }
  .level-label {
    font-weight: 700;
  }
  .level-description {
    font-size: 0.9em;
    color: var(--cf-text-muted);
  }
  .marks {
    grid-column: 2;
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
  }
  .mark {
    font-size: 0.8em;
    font-weight: 700;
    padding: 0.1em 0.55em;
    border-radius: 1em;
    border: 1px solid var(--cf-accent);
    color: var(--cf-text);
    background: var(--cf-surface);
  }
  .mark[data-kind='now']:not([data-other]) {
    background: var(--cf-accent);
    color: var(--cf-accent-text);
  }
  .mark[data-kind='aim'] {
    border-style: dashed;
  }
  .mark[data-other] {
    border-color: var(--cf-border);
  }

  .side-column {
    display: grid;
    gap: var(--cf-gap);
  }
  .summary,
  .spread {
    display: grid;
    gap: 0.35em;
    padding: 0.75em;
    border-radius: var(--cf-radius);
    background: var(--cf-surface-tint);
  }
  .summary-band,
  .subheading {
    font-weight: 700;
  }

  .questionnaire {
    display: grid;
    gap: 0.75em;
    margin-block-start: 0.75em;
  }
  .questionnaire[hidden] {
    display: none;
  }
  /* the questionnaire's own rules arrive with it (questionnaire-panel.ts) */

  .about summary {
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.75em;
  }
  .about summary svg {
    width: 1em;
    height: 1em;
  }
  .about p {
    margin-block-start: 0.5em;
    font-size: 0.9em;
  }

  /* In forced colours the browser repaints whatever has not opted out: a
     button's transparent borders turn into a frame, and the chosen rung's
     filled number into a blank box. These opt out, in system colours. */
  @media (forced-colors: active) {
    .level[data-now] {
      border: 0.2em solid Highlight;
    }
    .level[data-aim] {
      border: 0.2em dashed Highlight;
    }
    .gap,
    .gap::after {
      forced-color-adjust: none;
      border-color: Highlight;
    }
    .gap::after {
      border-block-color: transparent;
      border-inline-end-color: transparent;
    }
    .mark[data-kind='now'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .level[data-now] .rung-number {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
    .tabs {
      animation: none;
    }
    .tab {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      border-color: Canvas;
    }
    .tab[aria-selected='true'] {
      border-block-end-color: Highlight;
    }
    .tab:disabled {
      color: GrayText;
    }
  }

  @media print {
    .layout {
      grid-template-columns: 1fr;
    }
    .level[data-now] {
      border: 0.15em solid #000;
    }
    .level[data-aim] {
      border: 0.15em dashed #000;
    }
    .questionnaire[hidden] {
      display: none;
    }
    .about {
      display: block;
    }
  }
`;
