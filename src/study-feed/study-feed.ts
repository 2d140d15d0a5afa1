import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { CfElement, headingLevelOf } from '../shared/base-element.js';
import { tokens } from '../shared/tokens.js';
import type { Feed, FeedItem, StudyDetails } from '../feed/types.js';
import { adviceFor, classify, DEFAULT_TIMEOUT, FeedLoadError, resolveSource } from './load-feed.js';
import { latestItems, newItemIds, unseenItems } from './feed-items.js';
import { renderItem } from './item-view.js';
import { checkedMaxItems, checkedProxy, checkedRefresh, checkedTimeout, DEFAULT_MAX_ITEMS, numberAttribute } from './attributes.js';
import { RefreshTimer } from './refresh-timer.js';
import { renderError, renderFooter, renderLoading, renderNotice, renderRecovery } from './card-states.js';
import { renderShowNew, renderUpdates } from './updates-view.js';
import { hasExtras, renderExtras, renderStudyFacts, studyExtrasImport, type StudyExtras } from './study-view.js';
import { errorWords, whenWords } from './words.js';
import { sanitizeContents } from './rich-content.js';
import { storedCopyLoader } from './stored-copy-import.js';
import { inlineFeedText } from './inline-feed.js';
import { fetchCardFeed } from './feed-source.js';
import { readStudyChild } from './study-child.js';
import { studyFeedStyles } from './study-feed.styles.js';
import { studyFeedStrings } from './strings.js';
import { failureWords, focusNewest, freshWords, keepFocusIn, readerIsIn, shownWords, type Trigger } from './reader-attention.js';

export { FeedLoadError } from './load-feed.js';
export type { LoadErrorCode } from './load-feed.js';

/** The `status` property: how the last attempt to get the feed went. */
export type StudyFeedStatus = 'loading' | 'ready' | 'error';

/** What the card shows (the `data-state` of its `base` part). */
type ViewState = 'loading' | 'ready' | 'empty' | 'error' | 'stale';

/** More placeholder rows than this cost more to lay out than a rare long card's shift is worth. */
const PLACEHOLDER_ROWS_LIMIT = 10;
/** At least this many items are kept by `persist`, so a larger `max-items` later still has a copy to show. */
const STORED_ITEMS = 10;

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
    studyExtras: { state: true, attribute: false },
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
  /** Each item's content, sanitised and ready to render (with `rich`). */
  private richContent: ReadonlyMap<string, DirectiveResult> = new Map();
  private newIds: ReadonlySet<string> = new Set();
  private childStudy: StudyDetails | undefined;
  /** The milestones' and follow links' code (loaded on first use), or "failed". */
  private studyExtras: StudyExtras | 'failed' | undefined;
  private extrasLoading: Promise<void> | undefined;
  /** A newer copy that came while the reader was in the card: shown when they ask ("Show 1 new update"). */
  private held: { feed: Feed; fetchedAt: Date } | undefined;
  /** The reader paused automatic updates (WCAG 2.2.2). */
  private paused = false;

  private controller: AbortController | undefined;
  private loadToken = 0;
  private readonly refreshTimer = new RefreshTimer(
    this,
    () => (this.paused || !this.isConnected || !this.src.trim() || this.controller ? 0 : this.effectiveRefresh),
    () => void this.load('auto'),
    () => this.currentStatus === 'error' && !!this.src.trim(),
  );
  private needsLoad = true;
  private restored = false;
  /** The saved copy being restored (`persist`): a load waits for it, so the fresh feed replaces it and is marked new against it. */
  private restoring: Promise<void> | undefined;
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
    return this.currentFeed ? latestItems(this.currentFeed, this.effectiveMaxItems) : [];
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
    this.needsLoad = true;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadToken++;
    this.controller?.abort();
    this.controller = undefined;
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
      this.childStudy = readStudyChild(this, this.warnAbout);
      if (!this.restored && this.persist) this.restoring = this.restore();
      void this.load('initial');
    } else if (this.hasUpdated && changed.has('refreshInterval')) {
      this.refreshTimer.schedule();
    }
    if (!this.studyExtras && hasExtras(this.study)) void this.loadExtras();
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

  private readonly warnAbout = (key: string, message: string): void => this.warn(key, message);

  private get effectiveMaxItems(): number {
    return checkedMaxItems(this.maxItems, this.getAttribute('max-items'), this.warnAbout);
  }

  private get effectiveTimeout(): number {
    return checkedTimeout(this.timeout, this.getAttribute('timeout'), this.warnAbout);
  }

  /** Seconds between refetches, or 0 for none. */
  private get effectiveRefresh(): number {
    return checkedRefresh(this.refreshInterval, this.getAttribute('refresh'), this.warnAbout);
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
    this.childStudy = readStudyChild(this, this.warnAbout);
    if (!this.src.trim() && inlineFeedText(this) !== this.inlineFeedShown) void this.load('auto');
  }

  // ---- loading -----------------------------------------------------------------

  private async load(trigger: Trigger): Promise<void> {
    this.controller?.abort();
    this.refreshTimer.clear();
    const controller = new AbortController();
    this.controller = controller;
    const token = ++this.loadToken;
    const shownBefore = this.currentFeed && !this.isStale ? new Set(this.items.map((item) => item.id)) : undefined;
    const failedBefore = this.currentError !== undefined;
    // the reader pressed "Try again" or "Refresh": focus must not fall to <body> if that button goes
    const readerHadFocus = trigger === 'manual' && this.matches(':focus-within');
    this.currentStatus = 'loading';
    if (this.studyExtras === 'failed') this.studyExtras = undefined; // "Try again" tries their code again too
    try {
      const options = () => ({ timeout: this.effectiveTimeout, proxy: checkedProxy(this.proxy, this.warnAbout) });
      const fetching = fetchCardFeed(this, this.src, this.sourceUrl, controller.signal, options, (shown) => (this.inlineFeedShown = shown));
      fetching.catch(() => undefined); // awaited below, once the saved copy is in
      await this.restoring;
      const { feed, fetchedAt } = await fetching;
      if (token !== this.loadToken) return;
      const fresh = trigger === 'auto' && shownBefore ? unseenItems(feed, this.effectiveMaxItems, shownBefore) : [];
      if (fresh.length > 0 && readerIsIn(this)) {
        // never reorder the list under the reader's focus or pointer: offer the new updates instead
        this.held = { feed, fetchedAt };
        this.currentStatus = 'ready';
        this.announce(freshWords(fresh, this.t));
        return;
      }
      if (!(await this.show(feed, fetchedAt, token))) return;
      this.announceWords(shownWords(trigger, failedBefore, shownBefore, this.items, this.t));
      if (readerHadFocus) keepFocusIn(this);
      this.dispatchEvent(new Event('load'));
    } catch (caught) {
      if (token !== this.loadToken) return;
      const error = caught instanceof FeedLoadError ? caught : classify(caught, { timedOut: false, aborted: controller.signal.aborted, timeout: this.effectiveTimeout });
      if (error.code === 'aborted') return;
      const advice = await adviceFor(error, this.sourceUrl ?? 'the inline JSON Feed'); // loading until its words are in
      if (token !== this.loadToken) return;
      this.currentError = error;
      this.currentStatus = 'error';
      this.isStale = this.currentFeed !== undefined && this.sourceUrl !== undefined;
      this.warn(`load:${error.code}`, advice);
      this.announceWords(failureWords(trigger, failedBefore, this.currentFeed !== undefined, this.errorWords(error), this.t));
      await this.updateComplete;
      if (token !== this.loadToken) return;
      if (readerHadFocus) keepFocusIn(this);
      this.dispatchEvent(new Event('error'));
    } finally {
      if (token === this.loadToken) {
        this.controller = undefined;
        this.refreshTimer.settled();
      }
    }
  }

  /** Show a fetched feed (and keep it with `persist`). False when a newer load took over meanwhile. */
  private async show(feed: Feed, fetchedAt: Date, token: number): Promise<boolean> {
    // the card stays in its loading state until the milestones' and links' code is in (or has failed)
    if (hasExtras(this.childStudy ?? feed.study)) await this.loadExtras();
    if (token !== this.loadToken) return false;
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
    await this.save(feed, fetchedAt);
    await this.updateComplete;
    return token === this.loadToken;
  }

  /** "Show 1 new update": show the copy held back, and move focus to the newest update. */
  private readonly showHeld = async (): Promise<void> => {
    const held = this.held;
    if (!held) return;
    this.controller?.abort(); // what the reader asked to see wins over a fetch in flight
    this.controller = undefined;
    const token = ++this.loadToken;
    if (!(await this.show(held.feed, held.fetchedAt, token))) return;
    focusNewest(this);
    this.dispatchEvent(new Event('load'));
  };

  /** "Try again" and "Refresh": stay rendered (aria-disabled) while a load runs, so focus stays on them. */
  private readonly onReload = (): void => {
    if (this.currentStatus !== 'loading') void this.refresh();
  };

  private readonly togglePause = (): void => {
    this.paused = !this.paused;
    if (this.paused) this.refreshTimer.clear();
    else this.refreshTimer.schedule();
    this.announce(this.t(this.paused ? 'announce.paused' : 'announce.resumed'));
  };

  /** Load the milestones' and follow links' code the first time (again after a failure, which warns once). */
  private loadExtras(): Promise<void> {
    const failed = (error: unknown): void => {
      this.studyExtras = 'failed';
      this.warn('extras', `could not load the code that shows the study's milestones and follow links (${String(error)}), so the card says that part could not be loaded. Serve the library's chunks/ folder next to study-feed.js.`);
    };
    this.extrasLoading ??= studyExtrasImport.load().then((extras) => void (this.studyExtras = extras), failed).finally(() => (this.extrasLoading = undefined));
    return this.extrasLoading;
  }

  /** Sanitise the content of the items shown, when `rich` is set (loading DOMPurify the first time). */
  private async prepareRich(): Promise<void> {
    if (!this.rich) return;
    const pending = this.items.map((item) => item.contentHtml).filter((content): content is string => !!content && !this.richContent.has(content));
    if (pending.length === 0) return;
    try {
      const clean = await sanitizeContents(pending, this.contentHeadingLevel);
      this.richContent = new Map([...this.richContent, ...clean]);
    } catch (error) {
      this.warn('rich', `could not load the HTML sanitiser for rich (${String(error)}), so plain-text excerpts are shown. Check that the library's chunks are served next to it.`);
    }
  }

  private forgetShownFeed(): void {
    this.currentFeed = undefined;
    this.currentError = undefined;
    this.fetchedAt = undefined;
    this.isStale = false;
    this.newIds = new Set();
    this.knownIds = undefined;
  }

  // ---- persist -------------------------------------------------------------------

  protected override get persistedThing(): string {
    return 'copy of the feed';
  }

  /** The stored copy's code (loading it the first time); undefined, with one warning, when it cannot be loaded. */
  private readonly loadStoredCopy = storedCopyLoader((error) =>
    this.warn('persist-load', `could not load the code that keeps the saved copy for persist (${String(error)}), so the feed is shown without it. Serve the library's chunks/ folder next to study-feed.js.`),
  );

  /** Show the saved copy while the feed is fetched (the card shows its loading state until the stored copy's code is in). */
  private async restore(): Promise<void> {
    this.restored = true;
    if (!this.persistKey) return;
    const storedCopy = await this.loadStoredCopy();
    if (!storedCopy) return;
    const saved = storedCopy.fromStoredRecord(this.readPersisted());
    this.previousVisit = saved.lastVisit;
    if (saved.feed) this.knownIds = new Set(saved.feed.items.map((item) => item.id));
    const source = this.sourceUrl;
    if (saved.feed && saved.fetchedAt && source && saved.source === source && !this.currentFeed) {
      this.currentFeed = saved.feed;
      this.fetchedAt = saved.fetchedAt;
      this.isStale = true;
      this.markNew(saved.feed);
      void this.prepareRich();
    }
  }

  private async save(feed: Feed, fetchedAt: Date): Promise<void> {
    if (!this.persistKey) return;
    const storedCopy = await this.loadStoredCopy();
    if (!storedCopy) return;
    this.writePersisted(() => storedCopy.toStoredRecord({ source: this.sourceUrl ?? '', feed, fetchedAt, lastVisit: new Date() }, Math.max(this.effectiveMaxItems, STORED_ITEMS), this.rich));
  }

  /** "New" marks (with `persist` only): dated updates after the reader's last visit, undated ones not seen before. */
  private markNew(feed: Feed): void {
    if (!this.persist || !this.id) {
      this.newIds = new Set();
      return;
    }
    this.newIds = newItemIds(feed, this.previousVisit ?? this.visitStart, this.knownIds);
    this.knownIds ??= new Set(feed.items.map((item) => item.id));
  }

  /** Announce `words` (see reader-attention.ts), unless there is nothing to say. */
  private announceWords(words: string): void {
    if (words) this.announce(words);
  }

  // ---- render --------------------------------------------------------------------------

  /** The reason for a failure, in the reader's words. */
  private errorWords(error: FeedLoadError): string {
    return errorWords(error, this.t, this.effectiveTimeout);
  }

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
        ${feed ? this.renderFeed(feed) : this.renderWithoutFeed()}
      </article>
      ${this.renderLiveRegion()}`;
  }

  /** Why the feed could not be loaded, else the placeholder while it loads. */
  private renderWithoutFeed(): TemplateResult {
    if (this.currentError) return renderError(this.errorWords(this.currentError), this.renderRecovery(), this.t);
    return renderLoading(this.study, this.renderExtras(), Math.min(this.effectiveMaxItems, PLACEHOLDER_ROWS_LIMIT), this.subheadingLevel, this.t);
  }

  private renderRecovery(): TemplateResult | typeof nothing {
    return renderRecovery(this.sourceUrl, this.currentStatus === 'loading', this.onReload, this.t);
  }

  private renderFeed(feed: Feed): TemplateResult {
    const sub = this.subheadingLevel;
    return html`${renderStudyFacts(this.study, this.t)} ${this.renderNotice()}
      ${renderUpdates(this.items, feed.items.length, this.renderHeld(), (item) => this.renderItem(item), sub, this.t)}
      ${this.renderExtras()} ${this.renderFooter()}`;
  }

  private renderExtras(): TemplateResult | typeof nothing {
    return renderExtras(this.study, this.studyExtras, this.subheadingLevel, this.t);
  }

  private renderHeld(): TemplateResult | typeof nothing {
    if (!this.held) return nothing;
    const shown = new Set(this.items.map((item) => item.id));
    return renderShowNew(unseenItems(this.held.feed, this.effectiveMaxItems, shown).length, this.showHeld, this.t);
  }

  private renderNotice(): TemplateResult | typeof nothing {
    if (!this.isStale || !this.fetchedAt) return nothing;
    const reason = this.currentError && this.errorWords(this.currentError);
    return renderNotice(whenWords(this.fetchedAt, this.t), reason, this.renderRecovery(), this.t);
  }

  private renderItem(item: FeedItem): TemplateResult {
    const clean = this.rich && item.contentHtml ? this.richContent.get(item.contentHtml) : undefined;
    return renderItem(item, this.newIds.has(item.id), clean, this.t);
  }

  private renderFooter(): TemplateResult | typeof nothing {
    if (!this.src.trim()) return nothing;
    return renderFooter(
      {
        checked: this.fetchedAt && !this.isStale ? whenWords(this.fetchedAt, this.t) : undefined,
        busy: this.currentStatus === 'loading',
        // a stored copy whose refetch failed has "Try again" in its notice: one button for one action
        showRefresh: !(this.isStale && this.currentError !== undefined),
        paused: this.effectiveRefresh > 0 ? this.paused : undefined,
        onReload: this.onReload,
        onPause: this.togglePause,
      },
      this.t,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cf-study-feed': StudyFeed;
  }
}
