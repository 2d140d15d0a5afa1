/**
 * When `<cf-study-feed>` fetches again by itself: the `refresh` timer (the
 * next fetch `seconds` after the last one settled, never while the page is
 * hidden: it is scheduled again when the page shows), and when the browser
 * comes back online (`retryOnline`). Nothing after the element leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class RefreshTimer implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastSettledAt = 0;

  /**
   * @param seconds the seconds between fetches now, or 0 when the timer should not run (paused, no `src`, a fetch in flight…).
   * @param run starts the fetch.
   * @param retryOnline whether coming back online should start one now (the last fetch failed).
   */
  constructor(
    host: ReactiveControllerHost,
    private readonly seconds: () => number,
    private readonly run: () => void,
    private readonly retryOnline: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    window.addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    window.removeEventListener('online', this.onOnline);
    this.clear();
  }

  /** A fetch has just settled: the next one is counted from now. */
  settled(): void {
    this.lastSettledAt = Date.now();
    this.schedule();
  }

  schedule(): void {
    this.clear();
    const seconds = this.seconds();
    if (!seconds || document.visibilityState === 'hidden') return;
    const wait = Math.max(0, seconds * 1000 - (Date.now() - this.lastSettledAt));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.run();
    }, wait);
  }

  clear(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') this.clear();
    else this.schedule();
  };

  private readonly onOnline = (): void => {
    if (this.retryOnline()) this.run();
  };
}
