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

  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    border-block-end: 1px solid var(--cf-hairline);
    margin-block-end: 0.75em;
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
    align-items: center;
    gap: 0.4em;
  }
  .tab[aria-selected='true'] {
    border-block-end-color: var(--cf-accent);
    font-weight: 700;
  }
  .tab svg {
    width: 1em;
    height: 1em;
  }

  .marking {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-end: 0.75em;
  }

  .ladder {
    display: grid;
    gap: 0.5em;
    border-inline: 0.35em solid var(--cf-hairline);
    padding-inline: 0.5em;
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
  .level[aria-checked='true'] {
    background: var(--cf-accent-tint);
    border-color: var(--cf-accent);
    box-shadow: inset 0.3em 0 0 var(--cf-accent);
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
  .level[aria-checked='true'] .rung-number {
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
  .question {
    border: 1px solid var(--cf-hairline);
    border-radius: var(--cf-radius);
    padding: 0.5em 0.75em 0.75em;
    margin: 0;
    min-width: 0;
  }
  .question legend {
    font-weight: 700;
    padding-inline: 0.25em;
  }
  .answer {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    padding: 0.3em 0;
    min-height: 1.5em;
    cursor: pointer;
  }
  .answer input {
    width: 1.1em;
    height: 1.1em;
    margin: 0.15em 0 0;
    flex: none;
    accent-color: var(--cf-accent);
  }
  .profile {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.35em;
  }
  .profile li {
    display: grid;
    gap: 0.15em;
  }
  .bar {
    display: block;
    height: 0.45em;
    border-radius: 0.25em;
    background: var(--cf-hairline);
    overflow: hidden;
  }
  .bar > span {
    display: block;
    height: 100%;
    background: var(--cf-accent);
    transition: inline-size var(--cf-transition);
  }
  .suggestion {
    display: grid;
    gap: 0.5em;
    justify-items: start;
  }

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
    .level[aria-checked='true'] {
      border: 0.2em solid Highlight;
    }
    .level[aria-checked='true'] .rung-number {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
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
    .bar > span {
      background: CanvasText;
    }
  }

  @media print {
    .layout {
      grid-template-columns: 1fr;
    }
    .level[aria-checked='true'] {
      border: 0.15em solid #000;
    }
    .questionnaire[hidden] {
      display: none;
    }
    .about {
      display: block;
    }
  }
`;
