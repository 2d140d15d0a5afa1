/**
 * Every visible string comes from a table, so a page can replace any of them
 * (another language, a local term, a shorter label) without forking the code.
 *
 * Look-up order for a key, first hit wins:
 * 1. the element's own `strings` property or child
 *    `<script type="application/json" data-strings>`;
 * 2. strings registered for the element's language with `registerStrings`
 *    (the full tag `cy-GB`, then its base `cy`);
 * 3. the library's built-in tables for that language (Welsh), loaded on
 *    demand by `./locales.ts`, full tag then base;
 * 4. the element's built-in British English defaults.
 *
 * Strings may hold `{name}` placeholders. Plural forms are separate keys with
 * an `Intl.PluralRules` category suffix: `rungs.one`, `rungs.other`, ...
 */

export type StringTable = Record<string, string>;
export type StringParams = Record<string, string | number>;

/** One registry per page, shared by every copy of the library on it. */
const REGISTRY_KEY = Symbol.for('critical-friend.strings');
type Registry = Map<string, Map<string, StringTable>>;

function registry(): Registry {
  const holder = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (holder[REGISTRY_KEY] ??= new Map());
}

/**
 * Register strings for a language and an element, for example
 * `registerStrings('cy', 'cf-participation-ladder', { heading: 'Ysgol cyfranogiad' })`.
 * Later registrations add to (and override keys of) earlier ones.
 */
export function registerStrings(lang: string, tagName: string, table: StringTable): void {
  const code = lang.toLowerCase();
  const byTag = registry().get(code) ?? new Map<string, StringTable>();
  byTag.set(tagName, { ...byTag.get(tagName), ...table });
  registry().set(code, byTag);
}

/**
 * Register one of the library's own locale tables (`./locales.ts`). They are
 * kept apart, under `*<code>`, so that whatever the page registers wins.
 */
export function registerBuiltInStrings(lang: string, tagName: string, table: StringTable): void {
  registerStrings(`*${lang}`, tagName, table);
}

function registered(lang: string, tagName: string): StringTable[] {
  const full = lang.toLowerCase();
  const base = full.split('-')[0] ?? full;
  const codes = full === base ? [full, `*${full}`] : [full, base, `*${full}`, `*${base}`];
  return codes.flatMap((code) => {
    const table = registry().get(code)?.get(tagName);
    return table ? [table] : [];
  });
}

/** Replace `{name}` placeholders; unknown ones are left as written. */
export function fillPlaceholders(template: string, params: StringParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * A translator bound to one element's language and overrides: `t(key, params)`
 * for plain strings, `t.plural(key, count, params)` for counted ones, and
 * `Intl` formatters for numbers and dates in the same language.
 */
export interface Translator {
  (key: string, params?: StringParams): string;
  /**
   * The string for `key` if the page or the defaults have one, else undefined.
   * Given several keys (most specific first), each table is asked for all of
   * them before the next table, so a page's generic key beats a built-in
   * specific one.
   */
  lookup(key: string | readonly string[], params?: StringParams): string | undefined;
  plural(key: string, count: number, params?: StringParams): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  date(value: Date, options?: Intl.DateTimeFormatOptions): string;
  readonly lang: string;
}

export function createTranslator(options: {
  tagName: string;
  lang: string;
  defaults: StringTable;
  overrides?: StringTable | undefined;
}): Translator {
  const lang = supportedLocale(options.lang);
  const tables = [options.overrides ?? {}, ...registered(lang, options.tagName), options.defaults];
  const lookup = (key: string | readonly string[]): string | undefined => {
    const keys = typeof key === 'string' ? [key] : key;
    for (const table of tables) {
      for (const each of keys) {
        const value = table[each];
        if (typeof value === 'string') return value;
      }
    }
    return undefined;
  };
  const pluralRules = new Intl.PluralRules(lang);
  const t = ((key: string, params?: StringParams) =>
    fillPlaceholders(lookup(key) ?? key, params)) as Translator;
  t.lookup = (key, params) => {
    const template = lookup(key);
    return template === undefined ? undefined : fillPlaceholders(template, params);
  };
  t.plural = (key, count, params = {}) => {
    const template = lookup(`${key}.${pluralRules.select(count)}`) ?? lookup(`${key}.other`) ?? key;
    return fillPlaceholders(template, { count: t.number(count), ...params });
  };
  // One formatter for the common case: creating Intl formatters is slow and
  // a page may hold many widgets.
  const plainNumbers = new Intl.NumberFormat(lang);
  t.number = (value, numberOptions) => (numberOptions ? new Intl.NumberFormat(lang, numberOptions) : plainNumbers).format(value);
  t.date = (value, dateOptions) => new Intl.DateTimeFormat(lang, dateOptions).format(value);
  Object.defineProperty(t, 'lang', { value: lang });
  return t;
}

/** A language tag that `Intl` accepts; a malformed `lang` falls back to British English. */
export function supportedLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang || 'en-GB')[0] ?? 'en-GB';
  } catch {
    return 'en-GB';
  }
}

/**
 * The language that applies to an element: its nearest `lang` attribute,
 * looking through shadow roots to their hosts, then the document's.
 */
export function nearestLang(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    const value = withLang?.getAttribute('lang');
    if (value) return value;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang || 'en-GB';
}
