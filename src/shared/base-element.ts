import { LitElement, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { VERSION } from './version.js';
import { warnOnce, warnOncePerPage } from './warn.js';
import { createTranslator, nearestLang, type StringTable, type Translator } from './strings.js';
import { isRecord, readJsonChild } from './json-child.js';
import { readStored, removeStored, storageKey, writeStored } from './storage.js';
import { loadBuiltInLocale } from './locales.js';

/**
 * Converter for text attributes: a removed attribute gives the property's
 * default back instead of `null`, so properties keep their declared type.
 */
export function textAttribute<T extends string>(fallback: T) {
  return {
    fromAttribute: (value: string | null): T => (value ?? fallback) as T,
    toAttribute: (value: T): string => value,
  };
}

/** What a class needs to be registered by `define()`. */
interface Definable extends CustomElementConstructor {
  readonly tagName: string;
  readonly version: string;
}

/**
 * Register `elementClass` under `tagName`, guarded so that a page that loads
 * the library twice (a blogger pasting the snippet twice, a theme bundling an
 * older copy) never breaks: the first definition wins; the same version again
 * is a silent no-op; a different version gives one console warning. Never throws.
 */
export function defineElement(tagName: string, elementClass: Definable): void {
  const registry = globalThis.customElements;
  if (!registry) return; // server-side import: nothing to register
  const existing = registry.get(tagName) as Partial<Definable> | undefined;
  if (existing) {
    if (existing !== elementClass && existing.version !== elementClass.version) {
      // keyed on the page-wide registry object, so that several copies of the
      // library (IIFE and ESM) still give one warning between them
      warnOncePerPage(
        `define:${tagName}`,
        `<${tagName}> is already defined by critical-friend ${existing.version ?? '(unknown version)'}; ` +
          `this copy (${elementClass.version}) is not used. Load the library once per page.`,
      );
    }
    return;
  }
  try {
    registry.define(tagName, elementClass);
  } catch (error) {
    // e.g. an invalid tag name, or another class took the tag meanwhile
    warnOncePerPage(`define:${tagName}`, `could not define <${tagName}>: ${String(error)}`);
  }
}

/**
 * The base of every critical-friend element: guarded registration, version,
 * language and replaceable strings, theme, one-time warnings and a polite
 * live region for announcements.
 */
export abstract class CfElement extends LitElement {
  /** The tag this class registers under; set by each element. */
  static readonly tagName: string;
  /** The library version, used by `define()` to spot a second, different copy. */
  static readonly version: string = VERSION;
  /** Built-in British English strings of the element. */
  static readonly defaultStrings: StringTable = {};

  // Reactive properties as `static properties`, not decorators: the
  // decorators' helpers cost every page about 0.5 KB gzip (issue 10).
  static override properties: PropertyDeclarations = {
    theme: { reflect: true, converter: textAttribute<'auto' | 'light' | 'dark'>('auto') },
    strings: { attribute: false },
    storageFailed: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** Register the element with a guard against double loading (see `defineElement`). */
  static define(this: typeof CfElement & Definable): void {
    defineElement(this.tagName, this);
  }

  /**
   * Colour scheme: `auto` (the default) follows the reader's
   * `prefers-color-scheme`; `light` or `dark` fixes it.
   */
  theme: 'auto' | 'light' | 'dark' = 'auto';

  /**
   * Replacements for any visible string, by key (see the string
   * tables in docs/reference.md). Also read from a child `<script type="application/json" data-strings>`.
   */
  strings: StringTable = {};

  /**
   * Keep what the reader did on their device (declared, with its own words,
   * by each element). Off by default: without it nothing is stored at all.
   */
  abstract persist: boolean;

  /** Set once storage has failed, so that the element can say so to the reader. */
  protected storageFailed = false;

  /** The current polite announcement, rendered into the live region. */
  protected announcement = '';

  /** Translator for the element's language; rebuilt when language or strings change. */
  protected t: Translator = createTranslator({ tagName: 'cf', lang: 'en-GB', defaults: {} });

  private childStrings: StringTable = {};
  private lightDomObserver: MutationObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.childStrings = this.readChildStrings();
    this.refreshTranslator();
    // The configuration children (lists, JSON) may come after the element:
    // a script in the page's <head> upgrades it as soon as the parser opens
    // its tag, and a page's own script may add or edit them at any time. The
    // parser's insertions are mutations too, so one observer serves both.
    this.lightDomObserver ??= new MutationObserver((records) => {
      if (records.some((record) => !this.isHostAttribute(record) && !this.isOwnLightDom(record))) this.onChildrenChanged();
    });
    this.lightDomObserver.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
    // Warnings wait for the end of parsing (see warn()): check once more then.
    if (this.childrenMayBeIncomplete) document.addEventListener('DOMContentLoaded', this.onChildrenChanged, { once: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lightDomObserver?.disconnect();
    this.parserObserver?.disconnect();
    document.removeEventListener('DOMContentLoaded', this.resumeFirstUpdate);
    document.removeEventListener('DOMContentLoaded', this.onChildrenChanged);
  }

  /**
   * Set by an element whose look comes from its children (pros-cons' lists):
   * while the HTML parser is still inside it, its first render waits. Else
   * the page could paint it empty, then move everything in and below it
   * when the lists arrive (layout shift). Content below it is not parsed
   * yet either, so rendering once the parser has passed moves nothing.
   */
  protected readonly rendersFromChildren: boolean = false;

  private parserObserver: MutationObserver | undefined;

  /** True while the parser has not yet passed this element's end tag. */
  private get parserIsInside(): boolean {
    return this.childrenMayBeIncomplete && this.nextSibling === null && this.parentNode !== null;
  }

  /** Changes of the updates skipped while waiting (Lit forgets them): replayed for the first real one. */
  private readonly deferredChanges = new Map<PropertyKey, unknown>();

  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (this.hasUpdated || !this.rendersFromChildren || !this.parserIsInside) return super.shouldUpdate(changed);
    for (const [name, oldValue] of changed as Map<PropertyKey, unknown>) if (!this.deferredChanges.has(name)) this.deferredChanges.set(name, oldValue);
    // The parser's next insertion after the end tag is this element's next
    // sibling: a mutation of the parent, delivered before the next paint.
    this.parserObserver ??= new MutationObserver(this.resumeFirstUpdate);
    this.parserObserver.observe(this.parentNode!, { childList: true });
    document.addEventListener('DOMContentLoaded', this.resumeFirstUpdate, { once: true });
    return false;
  }

  private readonly resumeFirstUpdate = (): void => {
    if (this.parserIsInside) return;
    this.parserObserver?.disconnect();
    document.removeEventListener('DOMContentLoaded', this.resumeFirstUpdate);
    for (const [name, oldValue] of this.deferredChanges) this.requestUpdate(name, oldValue);
    this.deferredChanges.clear();
    this.requestUpdate();
  };

  /** True while the page is still being parsed, so the element's children may be missing. */
  protected get childrenMayBeIncomplete(): boolean {
    return document.readyState === 'loading';
  }

  private readonly onChildrenChanged = (): void => {
    this.childStrings = this.readChildStrings();
    this.refreshTranslator();
    this.childrenChanged();
    this.requestUpdate();
  };

  /** The host's own attributes are properties (handled by Lit), not configuration children. */
  private isHostAttribute(record: MutationRecord): boolean {
    return record.type === 'attributes' && record.target === this;
  }

  /**
   * A mutation the element made itself in its light DOM (pros-cons' JSON-LD),
   * which must not count as the author changing the configuration.
   */
  protected isOwnLightDom(_record: MutationRecord): boolean {
    return false;
  }

  /**
   * Called when the element's children changed (the parser reached them, a
   * script edited them) and once the document has been parsed: re-read
   * whatever the element takes from its children.
   */
  protected childrenChanged(): void {}

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('strings')) this.refreshTranslator();
    super.willUpdate(changed);
  }

  /** Recompute the language (nearest `lang`) and string table. */
  protected refreshTranslator(): void {
    const ctor = this.constructor as typeof CfElement;
    const lang = this.isConnected ? nearestLang(this) : 'en-GB';
    this.t = createTranslator({
      tagName: ctor.tagName,
      lang,
      defaults: ctor.defaultStrings,
      overrides: { ...this.childStrings, ...this.strings },
    });
    // A built-in locale (Welsh) loads on first use; English shows until then.
    void loadBuiltInLocale(lang)?.then(
      () => {
        if (!this.isConnected) return;
        this.refreshTranslator();
        this.requestUpdate();
      },
      () => undefined,
    );
  }

  private readChildStrings(): StringTable {
    const child = readJsonChild(this, '[data-strings]');
    if (!child.found) return {};
    if (!child.ok || !isRecord(child.value)) {
      this.warn('strings-json', `the <script type="application/json" data-strings> child is not a JSON object (${child.ok ? 'wrong shape' : child.error}); the built-in strings are used.`);
      return {};
    }
    return Object.fromEntries(
      Object.entries(child.value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  }

  /** What `persist` keeps, as warnings name it. */
  protected get persistedThing(): string {
    return 'answers';
  }

  /**
   * The storage key for `persist` (made from the tag and the `id`), or
   * undefined when `persist` is off, or when there is no `id` (one warning).
   */
  protected get persistKey(): string | undefined {
    if (!this.persist) return undefined;
    const tag = (this.constructor as typeof CfElement).tagName;
    if (!this.id) {
      this.warn('persist-id', `persist needs an id attribute to know whose ${this.persistedThing} to keep, e.g. <${tag} id="my-${tag.replace(/^cf-/, '')}" persist>. Nothing is kept.`);
      return undefined;
    }
    return storageKey(tag, this.id);
  }

  /**
   * What `persist` kept, or undefined: when it is off, without an `id`, when
   * nothing was kept yet, or when storage fails (reported once).
   */
  protected readPersisted(): unknown {
    const key = this.persistKey;
    if (!key) return undefined;
    const stored = readStored<unknown>(key);
    if (stored.ok) return stored.value;
    this.reportStorageFailure(stored.reason);
    return undefined;
  }

  /** Keep `value` with `persist` (nothing without it). `build` runs only when something will be kept. */
  protected writePersisted(build: () => unknown): void {
    const key = this.persistKey;
    if (!key) return;
    const result = writeStored(key, build());
    if (!result.ok) this.reportStorageFailure(result.reason);
  }

  /** Forget what `persist` kept ("Clear my answers"). */
  protected clearPersisted(): void {
    const key = this.persistKey;
    if (key) removeStored(key);
  }

  /** Storage threw or is full: carry on without it, and say so once. */
  protected reportStorageFailure(reason: string): void {
    this.storageFailed = true;
    this.warn('storage', `could not use localStorage for persist (${reason}). The widget works, but its ${this.persistedThing} will not be kept on this device.`);
  }

  /**
   * One console warning per problem per element, saying how to fix it. None
   * while the page is still parsed: the input may just not be there yet, and
   * `childrenChanged` checks it again.
   */
  protected warn(key: string, message: string): void {
    if (this.childrenMayBeIncomplete) return;
    warnOnce(this, key, message);
  }

  /**
   * Announce `message` politely to screen readers. Clearing first and setting
   * in a later task makes a repeated message be read again. (A timer, not an
   * animation frame: frames pause in background tabs.)
   */
  protected announce(message: string): void {
    this.announcement = '';
    clearTimeout(this.announceTimer); // the latest message wins
    this.announceTimer = setTimeout(() => {
      this.announcement = message;
    }, 30);
  }

  private announceTimer?: ReturnType<typeof setTimeout>;

  /** Empty the live region, dropping a message still on its way. */
  protected clearAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announcement = '';
  }

  /** The live region; every element renders it once. */
  protected renderLiveRegion(): TemplateResult {
    return html`<div class="cf-visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
  }
}

/**
 * The heading level a widget uses for `heading-level`: a whole number from 2
 * to 6 (2 for anything else). Never 1: the page's own title is the h1, and a
 * widget is a section of the page.
 */
export function headingLevelOf(requested: number): number {
  return Math.min(6, Math.max(2, Math.round(requested) || 2));
}

/** The level of a heading inside a widget whose own heading is at `requested`: one below it, at most 6. */
export function headingLevelBelow(requested: number): number {
  return Math.min(6, headingLevelOf(requested) + 1);
}
