/**
 * The "Latest updates" section of a loaded `<cf-study-feed>`: the offer of
 * updates held back while the reader was in the card, the list, and how many
 * more the feed has. Render functions only; the element renders each update.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { FeedItem } from '../feed/types.js';
import type { Translator } from '../shared/strings.js';

/** `items` are the updates shown, `total` how many the feed has; `offer` comes from `renderShowNew`. */
export function renderUpdates(items: FeedItem[], total: number, offer: TemplateResult | typeof nothing, renderOne: (item: FeedItem) => TemplateResult, level: number, t: Translator): TemplateResult {
  return html`<div class="section updates">
    <div class="subheading" role="heading" aria-level=${level}>${t('updates.heading')}</div>
    ${offer}
    ${items.length > 0
      ? html`<ol part="items" class="items">
          ${repeat(items, (item) => item.id, renderOne)}
        </ol>`
      : html`<p part="empty" class="empty">${t('updates.empty')}</p>`}
    ${total > items.length ? html`<p class="more cf-muted">${t.plural('updates.more', total, { shown: t.number(items.length) })}</p>` : nothing}
  </div>`;
}

/** "Show 1 new update": a newer copy waits until the reader asks for it, so the list never moves under them. */
export function renderShowNew(count: number, onShow: () => void, t: Translator): TemplateResult {
  return html`<p class="held cf-no-print"><button type="button" part="show-new" class="cf-button show-new" @click=${onShow}>${t.plural('show-new', count)}</button></p>`;
}
