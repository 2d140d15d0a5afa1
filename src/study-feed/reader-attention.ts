/**
 * What a load of `<cf-study-feed>` tells the reader, and where it leaves
 * their focus: the words for the polite live region after a load or a
 * failure, whether the reader is in the card (then new updates wait for
 * them), and the focus moves when the button they pressed is replaced.
 * The element decides when; these say what.
 */
import type { LitElement } from 'lit';
import type { FeedItem } from '../feed/types.js';
import type { Translator } from '../shared/strings.js';

/** Why a load started: the first one, the reader or a script asking, or the timer / coming back online. */
export type Trigger = 'initial' | 'manual' | 'auto';

/** The reader is reading or using the card: focus or the pointer is in it. */
export function readerIsIn(card: Element): boolean {
  return card.matches(':focus-within') || card.matches(':hover');
}

/** The button the reader pressed was replaced ("Try again" by "Refresh", or back): focus the one there now. */
export function keepFocusIn(card: LitElement): void {
  if (card.shadowRoot?.activeElement) return;
  card.renderRoot.querySelector<HTMLElement>('[part~="retry"], [part~="refresh"]')?.focus();
}

/** "Show 1 new update" showed them: the reader goes on from the newest. */
export function focusNewest(card: LitElement): void {
  card.renderRoot.querySelector<HTMLElement>('[part~="link"]')?.focus();
}

/** "2 new updates: A; B." for the `fresh` updates; '' when there are none. */
export function freshWords(fresh: FeedItem[], t: Translator): string {
  return fresh.length > 0 ? t.plural('announce.new', fresh.length, { titles: fresh.map((item) => item.title || t('item.untitled')).join('; ') }) : '';
}

/**
 * What a load that showed a feed says: that it recovered from a failure, its
 * new updates (`items` now, against the ids in `shownBefore`), or, when the
 * reader asked, that there are none. '' for nothing (the first load).
 */
export function shownWords(trigger: Trigger, failedBefore: boolean, shownBefore: ReadonlySet<string> | undefined, items: FeedItem[], t: Translator): string {
  if (trigger === 'initial') return '';
  if (failedBefore) return t('announce.recovered');
  if (!shownBefore) return '';
  return freshWords(items.filter((item) => !shownBefore.has(item.id)), t) || (trigger === 'manual' ? t('announce.none') : '');
}

/** What a failure says: news the first time (on the first load too), and each time the reader asked; '' otherwise. */
export function failureWords(trigger: Trigger, failedBefore: boolean, hadFeed: boolean, reason: string, t: Translator): string {
  return trigger === 'manual' || !failedBefore ? t(hadFeed ? 'announce.error' : 'announce.load-error', { reason }) : '';
}
