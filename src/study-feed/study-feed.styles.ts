import { css } from 'lit';

/**
 * The study card: calm, inheriting the page's font, sizes in `em`. Space is
 * reserved from the first paint (`--cf-study-feed-min-height`) so the page
 * does not jump when the feed arrives. Status words always accompany
 * colours and icons. No inline styles anywhere (strict CSP).
 */
export const studyFeedStyles = css`
  :host {
    /* --cf-study-feed-reserved: the placeholder's height, kept once the feed replaces it (set by the element) */
    min-height: max(var(--cf-study-feed-min-height, 16em), var(--cf-study-feed-reserved, 0px));
    /* the card fills the height kept for it, so an error can stand in its middle */
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.9em;
  }
  /* A feed that failed keeps the placeholder's height (the page below does not
     move), and its message (with the page's fallback below it) stands in the middle of it, as a video that cannot
     play does, rather than at the top of an empty card. */
  .card[data-state='error'] > .error {
    margin-block-start: auto;
  }
  .card[data-state='error'] > .fallback {
    margin-block-end: auto;
  }
  .card > .cf-heading {
    margin: 0;
  }
  a {
    color: var(--cf-accent);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.12em;
  }
  .subheading {
    font-weight: 700;
    font-size: 1em;
    margin: 0 0 0.4em;
  }

  /* loading */
  /* placeholder updates: each a title, a byline and two lines of excerpt, as loaded */
  .skeleton .item {
    display: grid;
    gap: 0.55em;
  }
  .bone {
    display: block;
    height: 0.9em;
    border-radius: 0.3em;
    background: var(--cf-surface-tint);
    animation: cf-pulse 1.4s ease-in-out infinite alternate;
  }
  .bone.short {
    inline-size: 55%;
  }
  .bone.title {
    inline-size: 70%;
    height: 1.1em;
  }
  .bone.byline {
    inline-size: 35%;
    height: 0.75em;
  }
  .bone.button {
    inline-size: 7em;
    height: 2.9em;
    margin-inline-start: auto;
  }
  @keyframes cf-pulse {
    from {
      opacity: 1;
    }
    to {
      opacity: 0.45;
    }
  }

  /* study facts */
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 1.5em;
    margin: 0;
  }
  .fact {
    display: flex;
    gap: 0.4em;
    align-items: baseline;
  }
  dt {
    color: var(--cf-text-muted);
  }
  dd {
    margin: 0;
  }
  .badge {
    display: inline-block;
    padding: 0.05em 0.55em;
    border-radius: 1em;
    border: 1px solid var(--cf-accent);
    background: var(--cf-accent-tint);
    font-weight: 600;
    font-size: 0.9em;
  }
  .badge[data-status='completed'] {
    border-color: var(--cf-border);
    background: var(--cf-surface-tint);
  }

  /* updates */
  .items {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.85em;
  }
  .item {
    padding-block-end: 0.85em;
    border-block-end: 1px solid var(--cf-hairline);
  }
  .item:last-child {
    border-block-end: 0;
    padding-block-end: 0;
  }
  .item-title {
    font-weight: 600;
  }
  .new {
    display: inline-block;
    margin-inline-end: 0.35em;
    padding: 0 0.45em;
    border-radius: 0.3em;
    background: var(--cf-accent);
    color: var(--cf-accent-text);
    font-size: 0.8em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    vertical-align: 0.1em;
  }
  .byline {
    font-size: 0.9em;
    margin-block-start: 0.15em;
  }
  .excerpt,
  .content {
    margin-block-start: 0.35em;
  }
  .content {
    overflow-wrap: anywhere;
  }
  .content :is(p, ul, ol, blockquote, pre, table, figure) {
    margin: 0 0 0.6em;
  }
  .content img {
    max-inline-size: 100%;
    block-size: auto;
  }
  .content pre {
    overflow: auto;
  }
  .more {
    font-size: 0.9em;
    margin-block-start: 0.5em;
  }

  /* milestones */
  .timeline {
    list-style: none;
    padding: 0;
    position: relative;
  }
  .milestone {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    position: relative;
    padding-block-end: 0.7em;
  }
  .milestone:not(:last-child)::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.55em;
    inset-block: 1.3em 0;
    border-inline-start: 2px solid var(--cf-hairline);
  }
  .marker {
    flex: none;
    inline-size: 1.15em;
    block-size: 1.15em;
    margin-block-start: 0.15em;
    color: var(--cf-text-muted);
  }
  .marker svg {
    inline-size: 100%;
    block-size: 100%;
    display: block;
  }
  .milestone[data-status='done'] .marker,
  .milestone[data-status='current'] .marker {
    color: var(--cf-accent);
  }
  .milestone[data-status='current'] .milestone-title {
    font-weight: 700;
  }
  .milestone-text {
    display: flex;
    flex-direction: column;
  }
  .milestone-meta {
    font-size: 0.9em;
  }

  /* follow links */
  .links {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .follow-link,
  .source {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.75em;
    padding: 0.3em 0.75em;
    border: 1px solid var(--cf-hairline);
    border-radius: var(--cf-radius);
    text-decoration: none;
  }
  .follow-link:hover,
  .source:hover {
    background: var(--cf-surface-tint);
    text-decoration: underline;
  }
  .follow-link svg,
  .source svg,
  .error-title svg,
  .notice svg {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
    vertical-align: -0.125em;
  }

  /* notices, errors, footer */
  .notice {
    padding: 0.5em 0.75em;
    border-radius: var(--cf-radius);
    background: var(--cf-surface-tint);
    border-inline-start: 0.3em solid var(--cf-border);
  }
  .stale-error {
    border-inline-start-color: var(--cf-danger);
  }
  .cf-message.error {
    margin: 0;
  }
  .reason {
    margin-block-start: 0.3em;
  }
  .recovery {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-start: 0.6em;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    border-block-start: 1px solid var(--cf-hairline);
    padding-block-start: 0.75em;
  }
  .checked {
    font-size: 0.9em;
  }
  .refresh {
    margin-inline-start: auto;
  }
  .refresh[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  .refresh[aria-disabled='true'] svg {
    animation: cf-spin 1s linear infinite;
  }
  @keyframes cf-spin {
    to {
      transform: rotate(360deg);
    }
  }

  @media (forced-colors: active) {
    .new,
    .badge {
      border: 1px solid CanvasText;
    }
    .bone {
      background: GrayText;
    }
  }
  @media print {
    :host {
      min-height: 0;
    }
    .skeleton {
      display: none;
    }
  }
  /* a margin, not spaces: the build's template minifier trims spaces at the edges of elements */
  .sep {
    margin-inline: 0.35em;
  }
  /* a link whose unsafe address the sanitiser removed is plain text, not something to click */
  .content a:not([href]) {
    color: inherit;
    text-decoration: none;
  }
`;
