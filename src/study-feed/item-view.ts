/**
 * One update on `<cf-study-feed>`: its title link, "New" mark, byline and
 * excerpt or sanitised content. Render functions only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import type { FeedItem } from '../feed/types.js';
import { safeUrl } from '../feed/urls.js';
import type { Translator } from '../shared/strings.js';
import { capitalise, formatFullDate, relativeDate } from './relative-time.js';

/**
 * An update as a list item. `clean` is its content sanitised by DOMPurify
 * and wrapped for rendering (with `rich`: see sanitize.ts), else the
 * plain-text excerpt is shown.
 */
export function renderItem(item: FeedItem, isNew: boolean, clean: DirectiveResult | undefined, t: Translator): TemplateResult {
  const url = item.url ? safeUrl(item.url) : undefined;
  const title = item.title || t('item.untitled');
  return html`<li part="item" class="item" ?data-new=${isNew}>
    <p class="item-title">
      ${isNew ? html`<span part="new" class="new">${t('item.new')}</span> ` : nothing}${url ? html`<a part="link" href=${url} rel="noopener noreferrer">${title}</a>` : html`<span>${title}</span>`}
    </p>
    ${renderByline(item, t)}
    ${clean !== undefined
      ? html`<div part="content" class="content">${clean}</div>`
      : item.summary
        ? html`<p part="excerpt" class="excerpt">${item.summary}</p>`
        : nothing}
  </li>`;
}

function renderByline(item: FeedItem, t: Translator): TemplateResult | typeof nothing {
  const date = item.date;
  const authors = item.authors.filter(Boolean);
  if (!date && authors.length === 0) return nothing;
  const words = date ? relativeDate(date, new Date(), t.lang) : undefined;
  return html`<p class="byline cf-muted">
    ${date && words ? html`<time datetime=${date.toISOString()} title=${formatFullDate(date, t.lang)}>${capitalise(words.text, t.lang)}</time>` : nothing}${date && authors.length ? html`<span class="sep" aria-hidden="true">·</span>` : nothing}${authors.length ? html`<span class="authors">${t('item.by', { authors: authorsWords(authors, t.lang) })}</span>` : nothing}
  </p>`;
}

/** "Ann, Bob and Cai", in the reader's language. */
function authorsWords(authors: string[], lang: string): string {
  try {
    return new Intl.ListFormat(lang, { type: 'conjunction' }).format(authors);
  } catch {
    return authors.join(', ');
  }
}
