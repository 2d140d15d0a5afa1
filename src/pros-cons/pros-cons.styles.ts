import { css } from 'lit';

/**
 * Layout of `<cf-pros-cons>`: two columns when the element is wide (a
 * container query, so it follows the space the page gives it, not the
 * viewport), stacked when narrow; pros in blue and cons in orange, always
 * with a text label and an icon shape; a print layout for A4.
 */
export const prosConsStyles = css`
  .frame {
    container: cf-pros-cons / inline-size;
    display: grid;
    gap: var(--cf-gap);
  }
  .frame > .cf-heading,
  .frame > .cf-message {
    margin: 0;
  }
  .intro {
    margin-block-start: -0.5em;
  }
  .intro,
  .legend,
  .suggested-note {
    margin-block-end: 0;
  }
  .legend {
    margin-block-start: -0.5em;
    font-size: 0.9em;
  }
  .suggested-note {
    margin-block-start: 0;
    font-size: 0.9em;
  }

  .columns {
    display: grid;
    gap: var(--cf-gap);
    align-items: start;
  }
  @container cf-pros-cons (min-width: 36em) {
    .columns {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }

  .side {
    border-radius: var(--cf-radius);
    border-block-start: 0.3em solid var(--cf-pro);
    background: var(--cf-pro-tint);
    padding: 0.75em;
    min-width: 0;
  }
  .side.con {
    border-block-start-color: var(--cf-con);
    background: var(--cf-con-tint);
  }
  .side-label {
    display: flex;
    align-items: center;
    gap: 0.45em;
    font-weight: 700;
    font-size: 1.05em;
    margin-block-end: 0.5em;
    color: var(--cf-text);
  }
  .side-icon {
    display: inline-grid;
    place-items: center;
    width: 1.5em;
    height: 1.5em;
    border-radius: 50%;
    background: var(--cf-pro);
    color: var(--cf-surface);
    flex: none;
  }
  .con .side-icon {
    background: var(--cf-con);
    border-radius: 0.25em;
  }
  .side-icon svg {
    width: 1em;
    height: 1em;
    stroke-width: 2.4;
  }

  .points {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.6em;
  }
  .read .points {
    list-style: disc;
    padding-inline-start: 1.25em;
    gap: 0.4em;
  }
  ::slotted(ul),
  ::slotted(ol) {
    margin: 0;
    padding-inline-start: 1.25em;
    display: grid;
    gap: 0.4em;
  }
  .appraise .point {
    display: grid;
    gap: 0.45em;
    padding: 0.6em 0.7em;
    border-radius: var(--cf-radius);
    background: var(--cf-surface);
    border: 1px solid var(--cf-hairline);
    overflow-wrap: anywhere;
  }
  .point.own {
    border-style: dashed;
    border-color: var(--cf-border);
  }
  .point-text {
    margin: 0;
  }
  .own-badge {
    display: inline-block;
    font-size: 0.8em;
    font-weight: 700;
    padding: 0.05em 0.5em;
    border-radius: 1em;
    border: 1px solid var(--cf-border);
    background: var(--cf-surface-tint);
    margin-inline-end: 0.3em;
  }
  .empty {
    font-style: italic;
  }

  /* a phone-width column: tighter frames, more room for the points */
  @container cf-pros-cons (max-width: 24em) {
    .side {
      padding: 0.5em;
    }
  }

  .own-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .cf-button.small {
    min-height: 2.25em;
    font-size: 0.85em;
    padding-block: 0.25em;
  }
  .edit {
    display: grid;
    gap: 0.4em;
  }
  .text-input,
  textarea {
    font: inherit;
    color: var(--cf-text);
    background: var(--cf-surface);
    border: 1px solid var(--cf-border);
    border-radius: var(--cf-radius);
    padding: 0.5em 0.6em;
    min-height: 2.75em;
    width: 100%;
  }
  textarea {
    resize: vertical;
    min-height: 6em;
    line-height: 1.45;
  }
  .text-input[aria-invalid='true'] {
    border-color: var(--cf-danger);
    border-width: 2px;
  }

  .add {
    display: grid;
    gap: 0.4em;
    padding: 0.75em;
    border: 1px dashed var(--cf-border);
    border-radius: var(--cf-radius);
  }
  .add-label,
  .subheading {
    font-weight: 700;
  }
  .add-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  /* A text field's own width (its size attribute, about 20 characters) is
     its min-content: at 20px text that is wider than a phone's column and
     would widen the form and every section with it. A zero width leaves the
     flex basis to size it and lets it shrink to the row. */
  .add-row .text-input {
    flex: 1 1 14em;
    width: 0;
  }
  .add-side {
    display: flex;
    gap: 0.25em;
    border: 0;
    padding: 0;
    margin: 0;
    min-width: 0;
  }
  .side-choice {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 2.75em;
    padding: 0 0.6em;
    border-radius: var(--cf-radius);
    cursor: pointer;
  }
  .side-choice input {
    width: 1.2em;
    height: 1.2em;
    margin: 0;
    accent-color: var(--cf-accent);
  }

  .balance {
    display: grid;
    gap: 0.5em;
    padding: 0.75em;
    border-radius: var(--cf-radius);
    background: var(--cf-surface-tint);
  }
  .verdict {
    font-size: 1.15em;
    font-weight: 700;
    margin: 0;
  }
  .meter-ends {
    display: flex;
    justify-content: space-between;
    font-size: 0.85em;
    font-weight: 700;
  }
  .meter-ends .end {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  .meter-ends svg {
    width: 1em;
    height: 1em;
  }
  .meter {
    display: block;
    padding-block: 0.35em;
  }
  .track {
    position: relative;
    display: block;
    height: 0.75em;
    border-radius: 0.4em;
    background: var(--cf-surface);
    border: 1px solid var(--cf-border);
  }
  .tick,
  .centre {
    position: absolute;
    inset-block: 0;
    width: 1px;
    background: var(--cf-hairline);
  }
  .centre {
    inset-inline-start: 50%;
    width: 2px;
    background: var(--cf-border);
  }
  .t1 {
    inset-inline-start: 20%;
  }
  .t2 {
    inset-inline-start: 40%;
  }
  .t3 {
    inset-inline-start: 60%;
  }
  .t4 {
    inset-inline-start: 80%;
  }
  .fill {
    position: absolute;
    inset-block: 0;
    background: var(--cf-pro);
    opacity: 0.55;
    transition: inset-inline-start var(--cf-transition), inline-size var(--cf-transition);
  }
  .fill.con {
    background: var(--cf-con);
  }
  .needle {
    position: absolute;
    inset-block: -0.35em;
    width: 0.4em;
    margin-inline-start: -0.2em;
    border-radius: 0.2em;
    background: var(--cf-text);
    transition: inset-inline-start var(--cf-transition);
  }
  .totals,
  .tipping {
    margin: 0;
  }
  .totals {
    font-size: 0.9em;
  }

  .reflection {
    display: grid;
    gap: 0.35em;
  }
  .hint {
    font-size: 0.9em;
    margin: 0;
  }
  .reflection-print {
    display: none;
    white-space: pre-wrap;
  }


  @media (forced-colors: active) {
    .side,
    .side.con {
      border: 1px solid CanvasText;
      border-block-start-width: 0.3em;
    }
    .side-icon,
    .con .side-icon {
      background: CanvasText;
      color: Canvas;
      forced-color-adjust: none;
    }
    .fill,
    .fill.con,
    .needle {
      background: CanvasText;
      forced-color-adjust: none;
    }
  }

  @media print {
    .frame {
      gap: 0.6em;
    }
    .columns {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    .side,
    .side.con {
      background: #fff;
      border: 1px solid #000;
      border-block-start-width: 0.2em;
    }
    .side-icon,
    .con .side-icon {
      background: #000;
      color: #fff;
      print-color-adjust: exact;
    }
    .appraise .point {
      break-inside: avoid;
      border-color: #000;
    }
    .own-actions,
    .edit .own-actions {
      display: none;
    }
    .balance {
      background: #fff;
      border: 1px solid #000;
      break-inside: avoid;
    }
    .track {
      print-color-adjust: exact;
    }
    .fill,
    .fill.con {
      background: #888;
      opacity: 1;
    }
    .needle {
      background: #000;
    }
    textarea,
    .hint {
      display: none;
    }
    .reflection-print {
      display: block;
    }
  }
`;
