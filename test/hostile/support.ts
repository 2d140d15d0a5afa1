/** Helpers shared by the hostile-page checks (test/hostile/). */

/** A page window with what our page scripts record. */
export type HostileWindow = Window &
  typeof globalThis & {
    __hostile?: { violations: string[]; errors: string[]; downloads: { filename: string; href: string }[]; pwned: string[] };
    __pwned?: unknown;
  };

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Poll `check` until it is true, or throw `message` after `timeout` ms. */
export async function until(check: () => boolean, message: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(message);
    await sleep(20);
  }
}

/** Open `src` (a URL) or `srcdoc` (markup) in an iframe of the test page and wait for its load event. */
export async function openFrame(page: { src?: string; srcdoc?: string }, size = 'width: 1000px; height: 800px'): Promise<{ frame: HTMLIFrameElement; win: HostileWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = size;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (page.srcdoc !== undefined) frame.srcdoc = page.srcdoc;
  else frame.src = page.src ?? 'about:blank';
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as HostileWindow;
  return { frame, win, doc: win.document };
}

/** Wait (at most `timeout` ms) until the page's window has defined every tag. */
export async function whenDefined(win: Window, tags: string[], timeout = 5000): Promise<void> {
  await Promise.race([Promise.all(tags.map((tag) => win.customElements.whenDefined(tag))), sleep(timeout)]);
}

/** Every element under `root`, going into every (open) shadow root on the way. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const element of Array.from(node.querySelectorAll('*'))) {
      found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(root);
  return found;
}

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
/** Attributes whose value is a URL the browser may load or follow. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'cite', 'data', 'codebase', 'ping', 'lowsrc', 'dynsrc', 'longdesc', 'manifest'];
/** Elements that never belong in a widget's shadow root (they run, load or reroute something). */
const FORBIDDEN_TAGS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'style', 'portal', 'fencedframe']);

/** The scheme of `value` once resolved against `base`, or `(unparseable)`. */
function schemeOf(value: string, base: string): string {
  try {
    return new URL(value, base).protocol;
  } catch {
    return '(unparseable)';
  }
}

/**
 * Everything in the widgets' shadow roots (and the light DOM they write) that
 * could run or lead somewhere unsafe: forbidden elements, `on*` attributes,
 * URL attributes (and `srcset` candidates) whose scheme is not http:,
 * https: or mailto: after resolving, scripts in `style` attributes.
 * `hosts` are the widget elements. Returns descriptions (empty when safe).
 */
export function dangers(hosts: Iterable<Element>): string[] {
  const found: string[] = [];
  for (const host of hosts) {
    const elements = host.shadowRoot ? deepElements(host.shadowRoot) : [];
    // the light DOM a widget writes: pros-cons' JSON-LD
    for (const script of Array.from(host.querySelectorAll('script[data-cf-structured-data]'))) {
      const text = script.textContent ?? '';
      if (script.getAttribute('type') !== 'application/ld+json') found.push(`JSON-LD with type="${script.getAttribute('type') ?? ''}"`);
      if (/<\/script|<!--/i.test(text)) found.push('JSON-LD that can end its <script>');
      try {
        JSON.parse(text);
      } catch {
        found.push('JSON-LD that is not JSON');
      }
      for (const attribute of Array.from(script.attributes)) if (/^on/i.test(attribute.name)) found.push(`<script ${attribute.name}> in the light DOM`);
    }
    for (const element of elements) {
      const tag = element.localName;
      const where = `<${host.localName}${host.id ? `#${host.id}` : ''}> <${tag}>`;
      if (FORBIDDEN_TAGS.has(tag)) found.push(`${where} element`);
      for (const attribute of Array.from(element.attributes)) {
        const name = attribute.name.toLowerCase();
        const value = attribute.value;
        if (name.startsWith('on')) found.push(`${where} ${name}="${value.slice(0, 60)}"`);
        if (URL_ATTRIBUTES.includes(name) || (name === 'href' && element.namespaceURI !== null)) {
          const scheme = schemeOf(value, element.baseURI);
          if (!SAFE_SCHEMES.has(scheme)) found.push(`${where} ${name}="${value.slice(0, 60)}" (${scheme})`);
        }
        if (name === 'srcset' || name === 'imagesrcset') {
          for (const candidate of value.split(',')) {
            const url = candidate.trim().split(/\s+/)[0] ?? '';
            const scheme = url ? schemeOf(url, element.baseURI) : 'https:';
            if (!SAFE_SCHEMES.has(scheme)) found.push(`${where} srcset candidate "${url.slice(0, 60)}" (${scheme})`);
          }
        }
        if (name === 'style' && /(?:java|vb)script:|expression\(|url\(\s*['"]?\s*(?!https?:)[a-z]+:/i.test(value)) found.push(`${where} style="${value.slice(0, 60)}"`);
        if (name === 'srcdoc') found.push(`${where} srcdoc`);
      }
      // an <a> that would navigate: check the browser's own reading of the URL too
      if ((tag === 'a' || tag === 'area') && element.hasAttribute('href')) {
        const protocol = (element as HTMLAnchorElement).protocol;
        if (!SAFE_SCHEMES.has(protocol)) found.push(`${where} link with protocol ${protocol}`);
      }
    }
  }
  return [...new Set(found)];
}

/** Install dialog stubs on `win` that set `win.__pwned` (a dialog is a payload that ran). Returns a restore function. */
export function trapDialogs(win: HostileWindow): () => void {
  const saved = { alert: win.alert, confirm: win.confirm, prompt: win.prompt, print: win.print, open: win.open };
  win.alert = () => void (win.__pwned = 'alert');
  win.confirm = () => ((win.__pwned = 'confirm'), false);
  win.prompt = () => ((win.__pwned = 'prompt'), null);
  win.print = () => void (win.__pwned = 'print');
  win.open = () => ((win.__pwned = 'open'), null);
  return () => Object.assign(win, saved);
}

/** Silence (and collect) console.warn and console.error while `run` runs. */
export async function quietly<T>(run: () => Promise<T>): Promise<{ result: T; warnings: string[]; errors: string[] }> {
  const warnings: string[] = [];
  const errors: string[] = [];
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  try {
    return { result: await run(), warnings, errors };
  } finally {
    console.warn = warn;
    console.error = error;
  }
}
