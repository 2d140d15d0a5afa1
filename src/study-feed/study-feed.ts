import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { CfElement, headingLevelOf } from '../shared/base-element.js';
import { tokens } from '../shared/tokens.js';
import { readJsonChild } from '../shared/json-child.js';
import { checkFeedSize, DEFAULT_MAX_BYTES, readFeedText } from '../feed/read-feed-text.js';
import { parseStudy } from '../feed/study.js';
import type { Feed, FeedItem, StudyDetails, StudyLink, StudyMilestone } from '../feed/types.js';
import { safeUrl } from '../feed/urls.js';
import { classify, DEFAULT_TIMEOUT, FeedLoadError, formatBytes, howToFix, loadFeed, resolveSource } from './load-feed.js';
import { calendarDaysBetween, capitalise, formatDate, formatFullDate, formatTime, milestoneDate, relativeDate } from './relative-time.js';
import { loadSanitizer, type Sanitizer } from './sanitize.js';
import { fromStoredRecord, toStoredRecord } from './stored-copy.js';
import { feedIcons, type LinkKind } from './icons.js';
import { studyFeedStyles } from './study-feed.styles.js';
import { studyFeedStrings } from './strings.js';

export { FeedLoadError } from './load-feed.js';
export type { LoadErrorCode } from './load-feed.js';

/** The `status` property: how the last attempt to get the feed went. */
export type StudyFeedStatus = 'loading' | 'ready' | 'error';

/** What the card shows (the `data-state` of its `base` part). */
type ViewState = 'loading' | 'ready' | 'empty' | 'error' | 'stale';

/** Why a load started: the first one, the reader or a script asking, or the timer / coming back online. */
type Trigger = 'initial' | 'manual' | 'auto';

const DEFAULT_MAX_ITEMS = 3;
const MAX_ITEMS_LIMIT = 50;
/** More placeholder rows than this cost more to lay out than a rare long card's shift is worth. */
const PLACEHOLDER_ROWS_LIMIT = 10;
/** At least this many items are kept by `persist`, so a larger `max-items` later still has a copy to show. */
const STORED_ITEMS = 10;
const LINK_KINDS: readonly LinkKind[] = ['blog', 'facebook', 'email', 'feed', 'web'];

/**
 * Number attributes: a missing or empty attribute gives the default; anything
 * else is read with `Number()` and checked where it is used (one warning for
 * a bad value such as `max-items="abc"`). Not reflected, so a page's bad
 * value stays as written (for the warning) instead of becoming "NaN".
 */
function numberAttribute(fallback: number): { fromAttribute(value: string | null): number; toAttribute(value: number): string } {
  return {
    fromAttribute: (value) => (value === null || value.trim() === '' ? fallback : Number(value)),
    toAttribute: (value) => String(value),
  };
}

/** Newest first by date (a stable sort: undated items keep their place after the dated ones). */
function latestFirst(items: FeedItem[]): FeedItem[] {
  if (!items.some((item) => item.date)) return items;
  return items
    .map((item, index) => ({ item, index, time: item.date?.getTime() ?? Number.NEGATIVE_INFINITY }))
    .sort((a, b) => b.time - a.time || a.index - b.index)
    .map((entry) => entry.item);
}

const sortedItems = new WeakMap<Feed, FeedItem[]>();

/**
 * A research study's update card, fed by RSS 2.0, RSS 1.0, Atom 1.0 or JSON
 * Feed: the study's name, status and phase, its latest updates, a milestone
 * timeline and follow links. Feed content is untrusted and never runs; every
 * link is `http:`, `https:` or `mailto:`.
 *
 * Light-DOM fallback: any content other than the JSON `<script>` children
 * (for example a plain link to the study blog) is what readers see before the
 * script loads. Once the element runs, that content is shown again, below the
 * reason, only when the feed cannot be loaded and there is no saved copy.
 *
 * Status and staleness: `status` always describes the last attempt to get the
 * feed ("loading", "ready" or "error"). With `persist`, the last good copy is
 * shown at once (`stale` is true, `status` is "loading") and stays shown when
 * the fetch fails (`stale` true, `status` "error", `error` says why); a
 * successful fetch replaces it (`stale` false, `status` "ready").
 *
 * @customElement cf-study-feed
 * @summary A research study's update card from an RSS, Atom or JSON Feed, shown safely.
 *
 * @slot - Fallback content, shown before the script loads and when the feed cannot be loaded.
 *   Also holds the optional children `<script type="application/json">` (an inline JSON Feed),
 *   `<script type="application/json" data-study>` (study details for an RSS or Atom feed: `{ status, phase, milestones, links }`)
 *   and `<script type="application/json" data-strings>` (replacement strings).
 *
 * @csspart base - The card (an `<article>`), with `data-state` loading, ready, empty, error or stale.
 * @csspart heading - The study's name.
 * @csspart study - The study's status and phase.
 * @csspart status - The status badge ("Active" or "Completed").
 * @csspart items - The list of updates.
 * @csspart item - One update.
 * @csspart new - The "New" mark on an update since the reader's last visit.
 * @csspart link - An update's title link.
 * @csspart excerpt - An update's plain-text excerpt.
 * @csspart content - An update's sanitised HTML content (with `rich`).
 * @csspart empty - The "No updates yet" message.
 * @csspart milestones - The milestone timeline.
 * @csspart milestone - One milestone, with `data-status` done, current or planned.
 * @csspart links - The follow links.
 * @csspart follow-link - One follow link, with `data-kind`.
 * @csspart message - The reason the feed could not be loaded.
 * @csspart notice - The note on a saved copy ("Showing the copy saved …").
 * @csspart footer - When the feed was checked, and the Refresh button.
 * @csspart refresh - The Refresh button.
 * @csspart retry - The "Try again" button.
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssprop [--cf-study-feed-min-height=16em] - Space reserved for the card while it loads (and kept after), so the page does not jump.
 * @cssprop [--cf-surface] - Background of the card.
 * @cssprop [--cf-surface-tint] - Background of the skeleton and messages.
 * @cssprop [--cf-text] - Text colour.
 * @cssprop [--cf-text-muted] - Dates, authors and other secondary text.
 * @cssprop [--cf-border] - Borders of buttons and milestone markers.
 * @cssprop [--cf-hairline] - The card's border and dividing lines.
 * @cssprop [--cf-accent] - Links, the "New" mark and the current milestone.
 * @cssprop [--cf-accent-text] - Text on the accent colour.
 * @cssprop [--cf-accent-tint] - Background of the status badge.
 * @cssprop [--cf-danger] - Edge of the error message.
 * @cssprop [--cf-focus] - Focus ring colour.
 * @cssprop [--cf-radius] - Corner radius.
 *
 * @fires load - When a feed has been fetched and rendered (also after each successful refresh). Does not bubble.
 * @fires error - When the feed could not be fetched or read; the reason is in the `error` property. Does not bubble.
 */
export class StudyFeed extends CfElement {
  static override readonly tagName: string = 'cf-study-feed';
  static override styles = [tokens, studyFeedStyles];
  static override readonly defaultStrings = studyFeedStrings;
  /** Lit's reactive properties, declared without decorators (a smaller build). `attribute: false` on the internal state keeps the manifest from listing it as attributes. */
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    heading: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level', converter: numberAttribute(2) },
    maxItems: { type: Number, attribute: 'max-items', converter: numberAttribute(DEFAULT_MAX_ITEMS) },
    timeout: { type: Number, converter: numberAttribute(DEFAULT_TIMEOUT) },
    proxy: { reflect: true },
    rich: { type: Boolean, reflect: true },
    persist: { type: Boolean, reflect: true },
    refreshInterval: { type: Number, attribute: 'refresh', converter: numberAttribute(0) },
    currentStatus: { state: true, attribute: false },
    currentError: { state: true, attribute: false },
    currentFeed: { state: true, attribute: false },
    isStale: { state: true, attribute: false },
    fetchedAt: { state: true, attribute: false },
    richContent: { state: true, attribute: false },
    newIds: { state: true, attribute: false },
    childStudy: { state: true, attribute: false },
    held: { state: true, attribute: false },
    paused: { state: true, attribute: false },
  };

  /** URL of an RSS 2.0, RSS 1.0, Atom 1.0 or JSON Feed document (relative to the page). Takes precedence over an inline JSON Feed. */
  src = '';

  /** The study's name; defaults to the feed's title, then "Study updates". */
  heading = '';

  /** Level of the card's heading, 2 to 6 (default 2); its sub-headings are one level below. */
  headingLevel = 2;

  /** How many of the latest updates to show (default 3). */
  maxItems = DEFAULT_MAX_ITEMS;

  /** Milliseconds to wait for the feed before giving up (default 10000). */
  timeout = DEFAULT_TIMEOUT;

  /** A proxy URL template containing `{url}`, replaced by the encoded feed URL, for feeds whose server does not allow other sites (CORS). */
  proxy = '';

  /** Render each update's content as sanitised HTML (DOMPurify, loaded only then) instead of a plain-text excerpt. */
  rich = false;

  /** Keep the last good copy and the time of the reader's last visit in `localStorage` (needs an `id`). Nothing is stored without it. */
  persist = false;

  /** Seconds between refetches while the page is visible (attribute `refresh`); 0 or absent: only on demand. */
  refreshInterval = 0;

  private currentStatus: StudyFeedStatus = 'loading';
  private currentError: FeedLoadError | undefined;
  private currentFeed: Feed | undefined;
  private isStale = false;
  private fetchedAt: Date | undefined;
  private richContent: ReadonlyMap<string, string> = new Map();
  private newIds: ReadonlySet<string> = new Set();
  private childStudy: StudyDetails | undefined;
  /** A newer copy that came while the reader was in the card: shown when they ask ("Show 1 new update"). */
  private held: { feed: Feed; fetchedAt: Date } | undefined;
  /** The reader paused automatic updates (WCAG 2.2.2). */
  private paused = false;

  private controller: AbortController | undefined;
  private loadToken = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastSettledAt = 0;
  private needsLoad = true;
  private restored = false;
  /** When the reader last saw a fresh copy, as stored before this page view. */
  private previousVisit: Date | undefined;
  private readonly visitStart = new Date();
  /** Ids already seen, for "new" marks on updates without a date. */
  private knownIds: Set<string> | undefined;
  /** `inlineFeedText()` when the inline feed was last read. */
  private inlineFeedShown = '';
  /** The last render showed the loading placeholder. */
  private placeholderShown = false;

  // ---- public properties and methods ---------------------------------------

  /** How the last attempt to get the feed went: `"loading"`, `"ready"` or `"error"`. */
  get status(): StudyFeedStatus {
    return this.currentStatus;
  }

  /** What went wrong (an `Error` with a `code`, and `httpStatus` for HTTP errors), when `status` is `"error"`. */
  get error(): FeedLoadError | undefined {
    return this.currentStatus === 'error' ? this.currentError : undefined;
  }

  /** The parsed feed being shown (possibly the saved copy: see `stale`). */
  get feed(): Feed | undefined {
    return this.currentFeed;
  }

  /** The normalised items being shown: the latest `max-items` of the feed (newest first by date, else in the feed's order). */
  get items(): FeedItem[] {
    const feed = this.currentFeed;
    if (!feed) return [];
    let sorted = sortedItems.get(feed);
    if (!sorted) {
      sorted = latestFirst(feed.items);
      sortedItems.set(feed, sorted);
    }
    return sorted.slice(0, this.effectiveMaxItems);
  }

  /** True while the card shows the copy saved by `persist` rather than a fresh fetch. */
  get stale(): boolean {
    return this.isStale;
  }

  /** When the copy shown was fetched. */
  get lastUpdated(): Date | undefined {
    return this.fetchedAt;
  }

  /** The study details shown: a child `<script type="application/json" data-study>` wins over the feed's `_study`. */
  get study(): StudyDetails | undefined {
    return this.childStudy ?? this.currentFeed?.study;
  }

  /** Fetch the feed again now (the Refresh button does this). Resolves when it has loaded or failed. */
  refresh(): Promise<void> {
    return this.load('manual');
  }

  // ---- lifecycle -------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    window.addEventListener('online', this.onOnline);
    this.needsLoad = true;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    window.removeEventListener('online', this.onOnline);
    this.loadToken++;
    this.controller?.abort();
    this.controller = undefined;
    this.clearTimer();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.placeholderShown && (this.currentFeed || this.currentError)) this.keepPlaceholderHeight();
    if (this.hasUpdated && (changed.has('src') || changed.has('proxy'))) {
      if (changed.has('src')) this.forgetShownFeed();
      this.needsLoad = true;
    }
    if (this.needsLoad && this.isConnected) {
      this.needsLoad = false;
      this.readStudyChild();
      if (!this.restored && this.persist) this.restore();
      void this.load('initial');
    } else if (this.hasUpdated && changed.has('refreshInterval')) {
      this.scheduleRefresh();
    }
    // content sanitised for another heading level has its headings at the wrong levels
    if (this.hasUpdated && changed.has('headingLevel')) this.richContent = new Map();
    if (this.hasUpdated && (changed.has('rich') || changed.has('maxItems') || changed.has('headingLevel'))) void this.prepareRich();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.placeholderShown = !this.currentFeed && !this.currentError;
  }

  /**
   * The card keeps at least the placeholder's height once the feed (or an
   * error) replaces it: a card that shrank would pull the page below it up.
   * A custom property set through the CSSOM, which strict CSP allows.
   */
  private keepPlaceholderHeight(): void {
    const height = this.getBoundingClientRect().height;
    if (height > 0) this.style.setProperty('--cf-study-feed-reserved', `${height}px`);
  }

  // ---- attributes, checked ----------------------------------------------------

  private get effectiveMaxItems(): number {
    const value = this.maxItems;
    if (Number.isInteger(value) && value >= 1) return Math.min(value, MAX_ITEMS_LIMIT);
    this.warn('max-items', `max-items="${this.getAttribute('max-items') ?? String(value)}" is not a whole number of 1 or more; the latest ${DEFAULT_MAX_ITEMS} updates are shown. Use for example max-items="5".`);
    return DEFAULT_MAX_ITEMS;
  }

  private get effectiveTimeout(): number {
    const value = this.timeout;
    if (Number.isFinite(value) && value > 0) return value;
    this.warn('timeout', `timeout="${this.getAttribute('timeout') ?? String(value)}" is not a number of milliseconds above 0; ${DEFAULT_TIMEOUT} is used. Use for example timeout="15000".`);
    return DEFAULT_TIMEOUT;
  }

  /** Seconds between refetches, or 0 for none. */
  private get effectiveRefresh(): number {
    const value = this.refreshInterval;
    if (value === 0) return 0;
    if (Number.isFinite(value) && value > 0) return Math.max(1, value);
    this.warn('refresh', `refresh="${this.getAttribute('refresh') ?? String(value)}" is not a number of seconds above 0; the feed is only fetched again on demand. Use for example refresh="300".`);
    return 0;
  }

  private get headingLevelValue(): number {
    return headingLevelOf(this.headingLevel);
  }

  private get subheadingLevel(): number {
    return Math.min(6, this.headingLevelValue + 1);
  }

  /** Headings in `rich` content sit below the card's heading and its "Latest updates". */
  private get contentHeadingLevel(): number {
    return Math.min(6, this.headingLevelValue + 2);
  }

  /** The resolved `src`, or undefined when there is none. */
  private get sourceUrl(): string | undefined {
    return this.src.trim() ? resolveSource(this.src, document.baseURI) : undefined;
  }

  /** The `data-study` child and the inline feed may arrive after the first render, or change: read them again. */
  protected override childrenChanged(): void {
    if (!this.hasUpdated) return; // the first update reads them
    this.readStudyChild();
    if (!this.src.trim() && this.inlineFeedText() !== this.inlineFeedShown) void this.load('auto');
  }

  /** The inline JSON Feed child as read now (its parsed value or its error), to notice a change. */
  private inlineFeedText(): string {
    return JSON.stringify(readJsonChild(this));
  }

  private readStudyChild(): void {
    const child = readJsonChild(this, '[data-study]');
    this.childStudy = undefined;
    if (!child.found) return;
    const study = child.ok ? parseStudy(child.value, document.baseURI) : undefined;
    if (study) this.childStudy = study;
    else {
      this.warn('study-json', `the <script type="application/json" data-study> child cannot be used (${child.ok ? 'it is not a JSON object' : child.error}). Expected { "status": "active", "phase": "...", "milestones": [{ "title": "...", "date": "2012-04", "status": "planned" }], "links": [{ "title": "...", "url": "https://...", "kind": "blog" }] }.`);
    }
  }

  // ---- loading -----------------------------------------------------------------

  private async load(trigger: Trigger): Promise<void> {
    this.controller?.abort();
    this.clearTimer();
    const controller = new AbortController();
    this.controller = controller;
    const token = ++this.loadToken;
    const shownBefore = this.currentFeed && !this.isStale ? new Set(this.items.map((item) => item.id)) : undefined;
    const failedBefore = this.currentError !== undefined;
    // the reader pressed "Try again" or "Refresh": focus must not fall to <body> if that button goes
    const readerHadFocus = trigger === 'manual' && this.matches(':focus-within');
    this.currentStatus = 'loading';
    try {
      const { feed, fetchedAt } = await this.fetchFeed(controller.signal);
      if (token !== this.loadToken) return;
      if (trigger === 'auto' && shownBefore && this.readerIsInCard() && this.bringsNewItems(feed, shownBefore)) {
        // never reorder the list under the reader's focus or pointer: offer the new updates instead
        this.held = { feed, fetchedAt };
        this.currentStatus = 'ready';
        this.announceFresh(latestFirst(feed.items).slice(0, this.effectiveMaxItems), shownBefore);
        return;
      }
      if (!(await this.show(feed, fetchedAt, token))) return;
      if (failedBefore && trigger !== 'initial') this.announce(this.t('announce.recovered'));
      else if (trigger !== 'initial' && shownBefore) this.announceNew(shownBefore, trigger);
      if (readerHadFocus) this.keepFocusInCard();
      this.dispatchEvent(new Event('load'));
    } catch (caught) {
      if (token !== this.loadToken) return;
      const error = caught instanceof FeedLoadError ? caught : classify(caught, { timedOut: false, aborted: controller.signal.aborted, timeout: this.effectiveTimeout });
      if (error.code === 'aborted') return;
      this.currentError = error;
      this.currentStatus = 'error';
      this.isStale = this.currentFeed !== undefined && this.sourceUrl !== undefined;
      this.warn(`load:${error.code}`, howToFix(error, this.sourceUrl ?? 'the inline JSON Feed'));
      // a failure is news the first time (on the first load too), and each time the reader asked
      if (trigger === 'manual' || !failedBefore) this.announce(this.t(this.currentFeed ? 'announce.error' : 'announce.load-error', { reason: this.errorWords(error) }));
      await this.updateComplete;
      if (token !== this.loadToken) return;
      if (readerHadFocus) this.keepFocusInCard();
      this.dispatchEvent(new Event('error'));
    } finally {
      if (token === this.loadToken) {
        this.controller = undefined;
        this.lastSettledAt = Date.now();
        this.scheduleRefresh();
      }
    }
  }

  /** Show a fetched feed (and keep it with `persist`). False when a newer load took over meanwhile. */
  private async show(feed: Feed, fetchedAt: Date, token: number): Promise<boolean> {
    this.held = undefined;
    this.currentFeed = feed;
    this.fetchedAt = fetchedAt;
    this.isStale = false;
    this.currentError = undefined;
    this.markNew(feed);
    await this.prepareRich();
    if (token !== this.loadToken) return false;
    this.currentStatus = 'ready';
    // an inline feed is saved too: not to be shown again (the page has it), but for
    // the time of this visit, so that the updates a blogger adds later are marked new
    this.save(feed, fetchedAt);
    await this.updateComplete;
    return token === this.loadToken;
  }

  /** The reader is reading or using the card: focus or the pointer is in it. */
  private readerIsInCard(): boolean {
    return this.matches(':focus-within') || this.matches(':hover');
  }

  /** True when `feed` would put updates into the list that are not there now. */
  private bringsNewItems(feed: Feed, shown: Set<string>): boolean {
    return latestFirst(feed.items)
      .slice(0, this.effectiveMaxItems)
      .some((item) => !shown.has(item.id));
  }

  /** "Show 1 new update": show the copy held back, and move focus to the newest update. */
  private readonly showHeld = async (): Promise<void> => {
    const held = this.held;
    if (!held) return;
    this.controller?.abort(); // what the reader asked to see wins over a fetch in flight
    this.controller = undefined;
    const token = ++this.loadToken;
    if (!(await this.show(held.feed, held.fetchedAt, token))) return;
    this.renderRoot.querySelector<HTMLElement>('[part~="link"]')?.focus();
    this.dispatchEvent(new Event('load'));
  };

  /** The button the reader pressed was replaced ("Try again" by "Refresh", or back): focus the one there now. */
  private keepFocusInCard(): void {
    if (this.shadowRoot?.activeElement) return;
    this.renderRoot.querySelector<HTMLElement>('[part~="retry"], [part~="refresh"]')?.focus();
  }

  /** "Try again" and "Refresh": stay rendered (aria-disabled) while a load runs, so focus stays on them. */
  private readonly onReload = (): void => {
    if (this.currentStatus !== 'loading') void this.refresh();
  };

  private readonly togglePause = (): void => {
    this.paused = !this.paused;
    if (this.paused) this.clearTimer();
    else this.scheduleRefresh();
    this.announce(this.t(this.paused ? 'announce.paused' : 'announce.resumed'));
  };

  /** Get the feed from `src`, else from the inline JSON Feed. */
  private async fetchFeed(signal: AbortSignal): Promise<{ feed: Feed; fetchedAt: Date }> {
    if (this.src.trim()) {
      const url = this.sourceUrl;
      if (!url) throw new FeedLoadError('network', `src="${this.src}" is not a valid URL.`);
      let proxy = this.proxy.trim();
      if (proxy && !proxy.includes('{url}')) {
        this.warn('proxy', `proxy="${proxy}" has no {url} placeholder, so it is not used. Write it as for example proxy="https://proxy.example.org/?url={url}".`);
        proxy = '';
      }
      const loaded = await loadFeed(url, { timeout: this.effectiveTimeout, signal, ...(proxy ? { proxy } : {}) });
      return { feed: loaded.feed, fetchedAt: loaded.fetchedAt };
    }
    let child = readJsonChild(this);
    if (!child.found && document.readyState === 'loading') {
      // defined while the page is still being parsed: the children may not be there yet
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
      if (signal.aborted) throw new FeedLoadError('aborted', 'The request was cancelled.');
      child = readJsonChild(this);
    }
    this.inlineFeedShown = JSON.stringify(child);
    if (!child.found) throw new FeedLoadError('no-source', 'There is no src attribute and no inline JSON Feed.');
    if (!child.ok) throw new FeedLoadError('inline', child.error);
    try {
      // JSON.parse gave the value, so this is JSON text: the XML side is never needed
      const text = JSON.stringify(child.value);
      checkFeedSize(text, DEFAULT_MAX_BYTES);
      return { feed: readFeedText(text, { url: document.baseURI }), fetchedAt: new Date() };
    } catch (error) {
      throw classify(error, { timedOut: false, aborted: false, timeout: 0 });
    }
  }

  /** Sanitise the content of the items shown, when `rich` is set (loading DOMPurify the first time). */
  private async prepareRich(): Promise<void> {
    if (!this.rich) return;
    const pending = this.items.map((item) => item.contentHtml).filter((content): content is string => !!content && !this.richContent.has(content));
    if (pending.length === 0) return;
    let sanitize: Sanitizer;
    try {
      sanitize = await loadSanitizer();
    } catch (error) {
      this.warn('rich', `could not load the HTML sanitiser for rich (${String(error)}), so plain-text excerpts are shown. Check that the library's chunks are served next to it.`);
      return;
    }
    const next = new Map(this.richContent);
    for (const dirty of pending) {
      try {
        next.set(dirty, sanitize(dirty, this.contentHeadingLevel));
      } catch {
        // leave it out: the excerpt is shown instead
      }
    }
    this.richContent = next;
  }

  private forgetShownFeed(): void {
    this.currentFeed = undefined;
    this.currentError = undefined;
    this.fetchedAt = undefined;
    this.isStale = false;
    this.newIds = new Set();
    this.knownIds = undefined;
  }

  // ---- refresh timer -------------------------------------------------------------

  private scheduleRefresh(): void {
    this.clearTimer();
    const seconds = this.effectiveRefresh;
    if (!seconds || this.paused || !this.isConnected || !this.src.trim() || this.controller) return;
    if (document.visibilityState === 'hidden') return;
    const wait = Math.max(0, seconds * 1000 - (Date.now() - this.lastSettledAt));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.load('auto');
    }, wait);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') this.clearTimer();
    else this.scheduleRefresh();
  };

  private readonly onOnline = (): void => {
    if (this.currentStatus === 'error' && this.src.trim()) void this.load('auto');
  };

  // ---- persist -------------------------------------------------------------------

  protected override get persistedThing(): string {
    return 'copy of the feed';
  }

  private restore(): void {
    this.restored = true;
    if (!this.persistKey) return;
    const saved = fromStoredRecord(this.readPersisted());
    this.previousVisit = saved.lastVisit;
    if (saved.feed) this.knownIds = new Set(saved.feed.items.map((item) => item.id));
    const source = this.sourceUrl;
    if (saved.feed && saved.fetchedAt && source && saved.source === source) {
      this.currentFeed = saved.feed;
      this.fetchedAt = saved.fetchedAt;
      this.isStale = true;
      this.markNew(saved.feed);
      void this.prepareRich();
    }
  }

  private save(feed: Feed, fetchedAt: Date): void {
    this.writePersisted(() => toStoredRecord({ source: this.sourceUrl ?? '', feed, fetchedAt, lastVisit: new Date() }, Math.max(this.effectiveMaxItems, STORED_ITEMS), this.rich));
  }

  /** "New" marks (with `persist` only): dated updates after the reader's last visit, undated ones not seen before. */
  private markNew(feed: Feed): void {
    if (!this.persist || !this.id) {
      this.newIds = new Set();
      return;
    }
    const since = this.previousVisit ?? this.visitStart;
    const known = this.knownIds;
    const ids = new Set<string>();
    for (const item of feed.items) {
      const isNew = item.date ? item.date.getTime() > since.getTime() : known !== undefined && !known.has(item.id);
      if (isNew) ids.add(item.id);
    }
    this.newIds = ids;
    this.knownIds ??= new Set(feed.items.map((item) => item.id));
  }

  private announceNew(shownBefore: Set<string>, trigger: Trigger): void {
    if (!this.announceFresh(this.items, shownBefore) && trigger === 'manual') this.announce(this.t('announce.none'));
  }

  /** Announce the updates of `items` not in `shownBefore`; false when there are none. */
  private announceFresh(items: FeedItem[], shownBefore: Set<string>): boolean {
    const fresh = items.filter((item) => !shownBefore.has(item.id));
    if (fresh.length > 0) this.announce(this.t.plural('announce.new', fresh.length, { titles: fresh.map((item) => item.title || this.t('item.untitled')).join('; ') }));
    return fresh.length > 0;
  }

  // ---- words -------------------------------------------------------------------------

  /** The reason for a failure, in the reader's words. */
  private errorWords(error: FeedLoadError): string {
    switch (error.code) {
      case 'http': {
        const status = error.httpStatus ?? 0;
        const params = { status };
        return this.t.lookup(`error.http.${status}`, params) ?? this.t(status >= 500 ? 'error.http.server' : 'error.http', params);
      }
      case 'timeout':
        return this.t('error.timeout', { seconds: this.t.number(this.effectiveTimeout / 1000, { maximumFractionDigits: 1 }) });
      case 'too-large':
        return this.t('error.too-large', { limit: formatBytes(DEFAULT_MAX_BYTES) });
      case 'aborted':
        return '';
      default:
        return this.t(`error.${error.code}`);
    }
  }

  /** "today at 14:05", "yesterday at 09:00", "3 days ago", "on 3 Nov 2011". */
  private whenWords(date: Date): string {
    const words = relativeDate(date, new Date(), this.t.lang);
    if (!words.relative) return this.t('when.date', { date: formatDate(date, this.t.lang) });
    return calendarDaysBetween(date, new Date()) <= 1 ? this.t('when.dayAt', { day: words.text, time: formatTime(date, this.t.lang) }) : words.text;
  }

  private authorsWords(authors: string[]): string {
    try {
      return new Intl.ListFormat(this.t.lang, { type: 'conjunction' }).format(authors);
    } catch {
      return authors.join(', ');
    }
  }

  // ---- render --------------------------------------------------------------------------

  private get viewState(): ViewState {
    if (this.currentFeed) {
      if (this.isStale) return 'stale';
      return this.currentFeed.items.length === 0 ? 'empty' : 'ready';
    }
    return this.currentError ? 'error' : 'loading';
  }

  protected override render(): TemplateResult {
    const busy = this.currentStatus === 'loading';
    const feed = this.currentFeed;
    return html`<article part="base" class="card" data-state=${this.viewState} aria-labelledby="heading" aria-busy=${busy ? 'true' : 'false'}>
        <div part="heading" class="cf-heading" role="heading" aria-level=${this.headingLevelValue} id="heading">${this.heading || feed?.title || this.t('heading')}</div>
        ${feed ? this.renderFeed(feed) : this.currentError ? this.renderError(this.currentError) : this.renderLoading()}
      </article>
      ${this.renderLiveRegion()}`;
  }

  /**
   * The loaded card's shape while the feed is on its way: the study details
   * already known (a data-study child), `max-items` placeholder updates and
   * the footer, so that the page around the card does not move when it comes.
   */
  private renderLoading(): TemplateResult {
    const sub = this.subheadingLevel;
    const row = html`<li class="item"><span class="bone title"></span><span class="bone byline"></span><span class="bone"></span><span class="bone short"></span></li>`;
    return html`${this.renderStudyFacts()}
      <div class="section updates">
        <div class="subheading" role="heading" aria-level=${sub}>${this.t('updates.heading')}</div>
        <ol part="skeleton" class="items skeleton" aria-hidden="true">
          ${Array.from({ length: Math.min(this.effectiveMaxItems, PLACEHOLDER_ROWS_LIMIT) }, () => row)}
        </ol>
      </div>
      ${this.renderMilestones(sub)} ${this.renderLinks(sub)}
      <div part="footer" class="footer">
        <p class="loading checked cf-muted">${this.t('loading')}</p>
        <span class="bone button" aria-hidden="true"></span>
      </div>`;
  }

  private renderError(error: FeedLoadError): TemplateResult {
    return html`<div part="message" class="cf-message error">
        <p class="error-title">${feedIcons.alert} <strong>${this.t('error.heading')}</strong></p>
        <p class="reason">${this.errorWords(error)}</p>
        ${this.renderRecovery()}
      </div>
      <div class="fallback"><slot></slot></div>`;
  }

  /** The retry button and the link to the feed itself (only for a `src`). */
  private renderRecovery(): TemplateResult | typeof nothing {
    const url = this.sourceUrl;
    if (!url) return nothing;
    const link = safeUrl(url);
    return html`<p class="recovery cf-no-print">
      <button type="button" part="retry" class="cf-button retry" aria-disabled=${this.currentStatus === 'loading' ? 'true' : 'false'} @click=${this.onReload}>${feedIcons.refresh} ${this.t('retry')}</button>
      ${link ? html`<a class="source" href=${link} rel="noopener noreferrer">${feedIcons.feed} ${this.t('source')}</a>` : nothing}
    </p>`;
  }

  private renderFeed(feed: Feed): TemplateResult {
    const items = this.items;
    const sub = this.subheadingLevel;
    return html`${this.renderStudyFacts()} ${this.renderNotice()}
      <div class="section updates">
        <div class="subheading" role="heading" aria-level=${sub}>${this.t('updates.heading')}</div>
        ${this.renderHeld()}
        ${items.length > 0
          ? html`<ol part="items" class="items">
              ${repeat(items, (item) => item.id, (item) => this.renderItem(item))}
            </ol>`
          : html`<p part="empty" class="empty">${this.t('updates.empty')}</p>`}
        ${feed.items.length > items.length ? html`<p class="more cf-muted">${this.t.plural('updates.more', feed.items.length, { shown: this.t.number(items.length) })}</p>` : nothing}
      </div>
      ${this.renderMilestones(sub)} ${this.renderLinks(sub)} ${this.renderFooter()}`;
  }

  private renderHeld(): TemplateResult | typeof nothing {
    const held = this.held;
    if (!held) return nothing;
    const shown = new Set(this.items.map((item) => item.id));
    const count = latestFirst(held.feed.items)
      .slice(0, this.effectiveMaxItems)
      .filter((item) => !shown.has(item.id)).length;
    return html`<p class="held cf-no-print"><button type="button" part="show-new" class="cf-button show-new" @click=${this.showHeld}>${this.t.plural('show-new', count)}</button></p>`;
  }

  private renderStudyFacts(): TemplateResult | typeof nothing {
    const study = this.study;
    if (!study || (!study.status && !study.phase)) return nothing;
    return html`<dl part="study" class="facts">
      ${study.status
        ? html`<div class="fact">
            <dt>${this.t('study.status')}</dt>
            <dd><span part="status" class="badge" data-status=${study.status}>${this.t(`status.${study.status}`)}</span></dd>
          </div>`
        : nothing}
      ${study.phase
        ? html`<div class="fact">
            <dt>${this.t('study.phase')}</dt>
            <dd class="phase">${study.phase}</dd>
          </div>`
        : nothing}
    </dl>`;
  }

  private renderNotice(): TemplateResult | typeof nothing {
    if (!this.isStale || !this.fetchedAt) return nothing;
    const when = this.whenWords(this.fetchedAt);
    if (!this.currentError) {
      return html`<p part="notice" class="notice">${this.t('stale.loading', { when })}</p>`;
    }
    return html`<div part="notice" class="notice stale-error">
      <p>${feedIcons.alert} ${this.t('stale.error', { when })} <span class="reason">${this.errorWords(this.currentError)}</span></p>
      ${this.renderRecovery()}
    </div>`;
  }

  private renderItem(item: FeedItem): TemplateResult {
    const url = item.url ? safeUrl(item.url) : undefined;
    const isNew = this.newIds.has(item.id);
    const title = item.title || this.t('item.untitled');
    const clean = this.rich && item.contentHtml ? this.richContent.get(item.contentHtml) : undefined;
    return html`<li part="item" class="item" ?data-new=${isNew}>
      <p class="item-title">
        ${isNew ? html`<span part="new" class="new">${this.t('item.new')}</span> ` : nothing}${url ? html`<a part="link" href=${url} rel="noopener noreferrer">${title}</a>` : html`<span>${title}</span>`}
      </p>
      ${this.renderByline(item)}
      ${clean !== undefined
        ? // unsafeHTML only ever receives DOMPurify's output (see sanitize.ts), never feed text itself.
          html`<div part="content" class="content">${unsafeHTML(clean)}</div>`
        : item.summary
          ? html`<p part="excerpt" class="excerpt">${item.summary}</p>`
          : nothing}
    </li>`;
  }

  private renderByline(item: FeedItem): TemplateResult | typeof nothing {
    const date = item.date;
    const authors = item.authors.filter(Boolean);
    if (!date && authors.length === 0) return nothing;
    const words = date ? relativeDate(date, new Date(), this.t.lang) : undefined;
    return html`<p class="byline cf-muted">
      ${date && words ? html`<time datetime=${date.toISOString()} title=${formatFullDate(date, this.t.lang)}>${capitalise(words.text, this.t.lang)}</time>` : nothing}${date && authors.length ? html`<span class="sep" aria-hidden="true">·</span>` : nothing}${authors.length ? html`<span class="authors">${this.t('item.by', { authors: this.authorsWords(authors) })}</span>` : nothing}
    </p>`;
  }

  private renderMilestones(level: number): TemplateResult | typeof nothing {
    const milestones = this.study?.milestones ?? [];
    if (milestones.length === 0) return nothing;
    return html`<div class="section milestones-section">
      <div class="subheading" role="heading" aria-level=${level}>${this.t('milestones.heading')}</div>
      <ol part="milestones" class="timeline">
        ${milestones.map((milestone) => this.renderMilestone(milestone))}
      </ol>
    </div>`;
  }

  private renderMilestone(milestone: StudyMilestone): TemplateResult {
    const status = milestone.status;
    const date = milestone.date ? milestoneDate(milestone.date, this.t.lang) : undefined;
    return html`<li part="milestone" class="milestone" data-status=${status ?? 'unknown'} aria-current=${ifDefined(status === 'current' ? 'step' : undefined)}>
      <span class="marker">${feedIcons[status ?? 'planned']}</span>
      <span class="milestone-text">
        <span class="milestone-title">${milestone.title}</span>
        <span class="milestone-meta cf-muted"
          >${status ? html`<span class="milestone-status">${this.t(`milestone.${status}`)}</span>` : nothing}${status && date ? html`<span class="sep" aria-hidden="true">·</span>` : nothing}${date
            ? date.datetime
              ? html`<time datetime=${date.datetime}>${date.text}</time>`
              : html`<span>${date.text}</span>`
            : nothing}</span
        >
      </span>
    </li>`;
  }

  private renderLinks(level: number): TemplateResult | typeof nothing {
    const links = (this.study?.links ?? []).map((link) => ({ link, url: safeUrl(link.url) })).filter((entry): entry is { link: StudyLink; url: string } => entry.url !== undefined);
    if (links.length === 0) return nothing;
    return html`<div class="section follow">
      <div class="subheading" role="heading" aria-level=${level}>${this.t('follow.heading')}</div>
      <ul part="links" class="links">
        ${links.map(({ link, url }) => {
          const kind = link.kind && LINK_KINDS.includes(link.kind) ? link.kind : url.startsWith('mailto:') ? 'email' : 'web';
          return html`<li><a part="follow-link" class="follow-link" data-kind=${kind} href=${url} rel="noopener noreferrer">${feedIcons[kind]}<span>${link.title}</span></a></li>`;
        })}
      </ul>
    </div>`;
  }

  private renderFooter(): TemplateResult | typeof nothing {
    if (!this.src.trim()) return nothing;
    const busy = this.currentStatus === 'loading';
    // a stored copy whose refetch failed has "Try again" in its notice: one button for one action
    const retryShown = this.isStale && this.currentError !== undefined;
    return html`<div part="footer" class="footer">
      ${this.fetchedAt && !this.isStale ? html`<p class="checked cf-muted">${this.t('checked', { when: this.whenWords(this.fetchedAt) })}</p>` : nothing}
      ${retryShown
        ? nothing
        : html`<button type="button" part="refresh" class="cf-button refresh cf-no-print" aria-disabled=${busy ? 'true' : 'false'} @click=${this.onReload}>
            ${feedIcons.refresh} ${this.t(busy ? 'refreshing' : 'refresh')}
          </button>`}
      ${this.effectiveRefresh > 0
        ? html`<button type="button" part="pause" class="cf-button pause cf-no-print" aria-pressed=${this.paused ? 'true' : 'false'} @click=${this.togglePause}>${this.t('pause')}</button>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cf-study-feed': StudyFeed;
  }
}
