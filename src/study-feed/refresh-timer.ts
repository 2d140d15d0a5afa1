/**
 * The `refresh` timer of `<cf-study-feed>`: the next fetch `seconds` after the
 * last one settled, never while the page is hidden (it is scheduled again
 * when the page shows), and none after the element leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class RefreshTimer implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastSettledAt = 0;

  /**
   * @param seconds the seconds between fetches now, or 0 when the timer should not run (paused, no `src`, a fetch in flight…).
   * @param run starts the fetch.
   */
  constructor(
    host: ReactiveControllerHost,
    private readonly seconds: () => number,
    private readonly run: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
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
}
