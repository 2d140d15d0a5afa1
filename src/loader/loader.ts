/**
 * dist/loader.js: the one script tag of the blogger's snippet. A classic
 * script that registers nothing itself: it watches the page for `cf-*`
 * elements (those there now and those added later) and, for each tag in use,
 * imports only that widget's module, with its chunks, from the folder the
 * loader itself came from. So a page with one ladder downloads the ladder,
 * not the feed parser.
 *
 * It imports widgets only through their dist entries (the delivery layer sits
 * above the entry points), so it knows nothing of their code: which tags
 * exist, which file each needs and the hash of every file it may import come
 * from the build, written into the placeholder below by scripts/integrity.mjs.
 */

interface LoaderManifest {
  /** The library version these files belong to. */
  version: string;
  /** Tag to its entry file, relative to the loader: `cf-pros-cons` to `pros-cons.js`. */
  widgets: Record<string, string>;
  /** Every file the loader may import, entries and chunks, to its `sha256-…` hash (scripts/integrity.mjs says why not sha384). */
  integrity: Record<string, string>;
}

// A string, not an object literal: the build swaps it for the real manifest
// after minifying, without parsing JavaScript.
const MANIFEST: LoaderManifest = JSON.parse('__CF_LOADER_MANIFEST__');

/** Set on the window by the first loader: a second copy of the snippet then does nothing. */
const RUNNING = '__criticalFriendLoader';

type LoaderWindow = Window & { [RUNNING]?: string };

const warn = (message: string): void => console.warn(`critical-friend loader: ${message}`);

/**
 * Ask the browser to check every file the loader may import against its hash
 * (an import map's "integrity", Chromium 127+), added before the first import.
 * Where import maps or their integrity are unknown the map changes nothing;
 * where the page forbids it (Trusted Types, a policy without the loader's
 * nonce) the widgets still load, unchecked, as ES modules from a CDN always are.
 */
function addImportMap(base: URL, loader: HTMLScriptElement): void {
  if (!HTMLScriptElement.supports?.('importmap')) return;
  const integrity: Record<string, string> = {};
  for (const [file, hash] of Object.entries(MANIFEST.integrity)) integrity[new URL(file, base).href] = hash;
  try {
    const map = document.createElement('script');
    map.type = 'importmap';
    // a page whose policy allows scripts by nonce gave the loader's tag one:
    // the map, an inline script, needs it too, or the policy refuses it
    map.nonce = loader.nonce;
    map.textContent = JSON.stringify({ integrity });
    (document.head ?? document.documentElement).append(map);
  } catch {
    // Trusted Types refuse script text that no policy made: load unchecked
  }
}

/** The widget tags not yet asked for that occur in `root` (itself or inside it). */
function tagsIn(root: Element | Document, pending: Set<string>): string[] {
  return [...pending].filter((tag) => (root as Element).localName === tag || root.querySelector(tag));
}

function importWidget(tag: string, base: URL): void {
  // already defined (the IIFE or an ES module came first): nothing to fetch
  if (customElements.get(tag)) return;
  const url = new URL(MANIFEST.widgets[tag], base).href;
  import(url).catch((error: unknown) =>
    warn(
      `could not load <${tag}> from ${url} (${String(error)}). Check that loader.js is addressed with its version ` +
        `(critical-friend@${MANIFEST.version}) and that the files of dist/ sit beside it, chunks/ included.`,
    ),
  );
}

/** Import each widget once, for the tags on the page now and those added later. */
function watch(base: URL): void {
  const pending = new Set(Object.keys(MANIFEST.widgets));
  const load = (root: Element | Document) => {
    for (const tag of tagsIn(root, pending)) {
      pending.delete(tag);
      importWidget(tag, base);
    }
  };
  load(document);
  if (!pending.size) return;
  // from <head>, the body is parsed after this runs: the observer sees it arrive
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) load(node as Element);
    }
    if (!pending.size) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

function start(): void {
  const view = window as LoaderWindow;
  // captured now: currentScript is null once this first run is over
  const script = document.currentScript;
  if (view[RUNNING]) return; // the snippet pasted twice: the first loader serves the page
  if (!(script instanceof HTMLScriptElement) || !script.src) {
    warn('load me with <script src="…/loader.js"></script> (not inline, not as a module): I find the widgets beside my own address.');
    return;
  }
  const base = new URL('.', script.src);
  view[RUNNING] = base.href;
  addImportMap(base, script);
  watch(base);
}

start();
