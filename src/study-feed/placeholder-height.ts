/**
 * The card keeps at least its loading placeholder's height once the feed (or
 * an error) replaces it: a card that shrank would pull the page below it up.
 *
 * The height is the one a ResizeObserver last reported while the placeholder
 * showed, read after the browser's own layout, so swapping the placeholder
 * out forces no layout (measuring then forced one per card on a page of many
 * cards). A placeholder that was never laid out was never seen, so it holds
 * nothing. Set as a custom property through the CSSOM, which strict CSP allows.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

export class PlaceholderHeight implements ReactiveController {
  private shown = false;
  private height = 0;
  private readonly observer =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(() => {
          if (this.shown) this.height = this.host.getBoundingClientRect().height;
        })
      : undefined;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer?.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** After each render: whether it showed the placeholder. */
  showing(shown: boolean): void {
    this.shown = shown;
  }

  /** The placeholder gives way now: hold the height it had. */
  keep(): void {
    if (this.shown && this.height > 0) this.host.style.setProperty('--cf-study-feed-reserved', `${this.height}px`);
  }
}
