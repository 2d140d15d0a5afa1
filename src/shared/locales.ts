/**
 * Built-in locales, loaded on demand: an English page never downloads Welsh.
 * When an element's nearest language (its base code, `cy` for `cy-GB`) has a
 * built-in table, the table is imported once per page, registered below
 * anything the page registered itself, and the elements waiting for it
 * render again. Until then they show English (or the page's own strings),
 * so there is never a gap in the text.
 */
import { registerBuiltInStrings, registerStrings, type StringTable } from './strings.js';
import { VERSION } from './version.js';

/** A locale module: one string table per element tag. */
export type LocaleTables = Readonly<Record<string, StringTable>>;

/** Built-in locale codes and how to load them (a separate chunk in the ES build). */
export const BUILT_IN_LOCALES: ReadonlyMap<string, () => Promise<{ default: LocaleTables }>> = new Map([['cy', () => import('../locales/cy.js')]]);

/**
 * Per page, shared by every copy of the library: `<version>:<code>` to the
 * load under way, or `true` once its tables are registered. Each version
 * loads its own tables once, as keys may differ between versions.
 */
const LOADS_KEY = Symbol.for('critical-friend.locale-loads');

/** The built-in locale code for a language tag (`cy-GB` gives `cy`), or undefined. */
export function builtInLocaleFor(lang: string): string | undefined {
  const base = lang.toLowerCase().split('-')[0] ?? '';
  return BUILT_IN_LOCALES.has(base) ? base : undefined;
}

/**
 * Load and register the built-in locale for `lang`, once per page. Returns
 * undefined when there is nothing to wait for (no built-in locale for that
 * language, or it is registered already), else a promise that settles once
 * it is registered (rejected if it could not be loaded: English stays).
 */
export function loadBuiltInLocale(lang: string): Promise<void> | undefined {
  const code = builtInLocaleFor(lang);
  const loader = code === undefined ? undefined : BUILT_IN_LOCALES.get(code);
  if (code === undefined || !loader) return undefined;
  const holder = globalThis as unknown as Record<symbol, Map<string, Promise<void> | true> | undefined>;
  const loads = (holder[LOADS_KEY] ??= new Map());
  const key = `${VERSION}:${code}`;
  const state = loads.get(key);
  if (state) return state === true ? undefined : state;
  const load = loader().then((module) => {
    for (const [tagName, table] of Object.entries(module.default)) registerBuiltInStrings(code, tagName, table);
    loads.set(key, true);
  });
  loads.set(key, load);
  return load;
}

/**
 * Register a whole locale at run time, one table per element tag, e.g.
 * `registerLocale('de', { 'cf-pros-cons': { 'label.pros': 'Vorteile' } })`.
 * Shorthand for `registerStrings` per tag. Register before the elements
 * connect: one already on the page picks it up only when its language is
 * worked out again (on reconnecting, or when its `strings` change).
 */
export function registerLocale(lang: string, tables: LocaleTables): void {
  for (const [tagName, table] of Object.entries(tables)) registerStrings(lang, tagName, table);
}
