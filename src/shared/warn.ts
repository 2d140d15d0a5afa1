/**
 * Console warnings aimed at the person who wrote the page: each says what is
 * wrong and how to fix it, and each is given once per element, so a page with
 * a typo is not flooded on every render.
 */
const given = new WeakMap<object, Set<string>>();

/** Describe an element as a page author would find it: `<cf-x id="y">`. */
export function describeElement(el: Element): string {
  const id = el.id ? ` id="${el.id}"` : '';
  return `<${el.localName}${id}>`;
}

/**
 * Warn once per `owner` and `key`. Returns true when the warning was printed.
 * `owner` is usually the element; the key names the problem (not the text), so
 * the same problem with different values still warns once.
 */
export function warnOnce(owner: object, key: string, message: string): boolean {
  let keys = given.get(owner);
  if (!keys) {
    keys = new Set();
    given.set(owner, keys);
  }
  if (keys.has(key)) return false;
  keys.add(key);
  const prefix = owner instanceof Element ? `[critical-friend] ${describeElement(owner)}: ` : '[critical-friend] ';
  console.warn(prefix + message);
  return true;
}

/** Forget the warnings given for `owner` (after its input changed). */
export function forgetWarnings(owner: object, key?: string): void {
  if (key === undefined) given.delete(owner);
  else given.get(owner)?.delete(key);
}

const PAGE_WARNINGS = Symbol.for('critical-friend.page-warnings');

/**
 * Warn once per page, however many copies of the library are loaded: the
 * memory of given warnings lives on `globalThis`, shared by every copy.
 */
export function warnOncePerPage(key: string, message: string): boolean {
  const holder = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  const keys = (holder[PAGE_WARNINGS] ??= new Set());
  if (keys.has(key)) return false;
  keys.add(key);
  console.warn('[critical-friend] ' + message);
  return true;
}
