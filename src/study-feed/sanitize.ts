/**
 * Sanitising feed HTML for `rich`. This module, with DOMPurify, is loaded
 * with a dynamic `import()` the first time `rich` needs it (rich-content.ts),
 * so the bundler leaves both in one chunk that pages without `rich` never
 * download.
 *
 * Security: feed content is untrusted. The configuration keeps plain
 * document markup only: no scripts, styles, forms, frames, objects, SVG or
 * MathML, no event handler or `style` attributes, no `id`/`class` (which
 * could clash with the card's own ids and classes), and URLs only with the
 * `http:`, `https:` or `mailto:` schemes (checked again with `safeUrl`,
 * since DOMPurify lets `data:` through on images). A hook gives every link
 * `rel="noopener noreferrer"` without `target`, and every image
 * `loading="lazy"`, `referrerpolicy="no-referrer"` and an empty `alt` when it has none.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import type { DirectiveResult } from 'lit/directive.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { safeUrl } from '../feed/urls.js';

/**
 * Sanitise one HTML fragment; the result is safe to render with Lit's
 * `unsafeHTML`. With `topHeadingLevel`, its headings are moved below the
 * card's own (see `relevelHeadings`).
 */
export type Sanitizer = (dirty: string, topHeadingLevel?: number) => string;

const URL_ATTRIBUTES = ['href', 'src', 'cite', 'action', 'formaction', 'poster', 'background', 'longdesc', 'usemap', 'xlink:href', 'ping', 'data', 'codebase', 'manifest', 'lowsrc', 'dynsrc'];

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['script', 'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'fieldset', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'template', 'noscript', 'dialog', 'audio', 'video', 'source', 'track', 'picture', 'svg', 'math'],
  FORBID_ATTR: ['style', 'id', 'name', 'class', 'srcset', 'sizes', 'action', 'formaction', 'ping', 'tabindex', 'accesskey', 'autofocus', 'contenteditable', 'draggable', 'form', 'target', 'slot', 'part', 'is'],
  ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // A string, not TrustedHTML: Lit's unsafeHTML only takes strings (it throws
  // on anything else) and, under Trusted Types, wraps them in Lit's own
  // `lit-html` policy. DOMPurify still parses the dirty input through its
  // own `dompurify` policy. Both names are among those SPEC section 1 allows.
  RETURN_TRUSTED_TYPE: false,
};

/** The hook run on every element DOMPurify keeps, after its attributes are filtered. */
export function hardenElement(node: Node): void {
  if (node.nodeType !== 1) return;
  const element = node as Element;
  for (const name of URL_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value !== null && !safeUrl(value)) element.removeAttribute(name);
  }
  for (const attribute of Array.from(element.attributes)) {
    // belt and braces: DOMPurify already drops event handlers
    if (/^on/i.test(attribute.name)) element.removeAttribute(attribute.name);
  }
  const tag = element.localName;
  if (tag === 'a' || tag === 'area') {
    element.removeAttribute('target');
    if (element.hasAttribute('href')) element.setAttribute('rel', 'noopener noreferrer');
  }
  if (tag === 'img') {
    // an image the feed gave no text for is treated as decorative, rather than read out as its file name
    if (!element.hasAttribute('alt')) element.setAttribute('alt', '');
    element.setAttribute('loading', 'lazy');
    element.setAttribute('decoding', 'async');
    element.setAttribute('referrerpolicy', 'no-referrer');
  }
}

/**
 * A feed's post often starts at <h1>, which under the card's own heading
 * would claim to be above it. Its headings keep their order and relative
 * steps, the highest becoming `top` (at most h6).
 */
export function relevelHeadings(root: ParentNode, top: number): void {
  const headings = Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'));
  if (headings.length === 0) return;
  const levelOf = (heading: Element) => Number(heading.localName.slice(1));
  const highest = Math.min(...headings.map(levelOf));
  for (const heading of headings) {
    const level = Math.min(6, top + levelOf(heading) - highest);
    if (level === levelOf(heading)) continue;
    const replacement = heading.ownerDocument.createElement(`h${level}`);
    for (const attribute of Array.from(heading.attributes)) replacement.setAttribute(attribute.name, attribute.value);
    replacement.append(...Array.from(heading.childNodes));
    heading.replaceWith(replacement);
  }
}

let sanitizer: Promise<Sanitizer> | undefined;

/**
 * Set up DOMPurify (once per page load of this module) and return a sanitiser
 * with the card's configuration and hook. Rejects when DOMPurify is not
 * supported; the element then shows plain-text excerpts instead.
 */
export function loadSanitizer(): Promise<Sanitizer> {
  sanitizer ??= Promise.resolve().then(() => {
    // An instance of our own, so our hook never touches another DOMPurify on the page.
    const purify: DOMPurify = createDOMPurify(window);
    if (!purify.isSupported) throw new Error('DOMPurify is not supported in this browser');
    purify.addHook('afterSanitizeAttributes', hardenElement);
    return (dirty: string, topHeadingLevel?: number) => {
      if (topHeadingLevel === undefined || !/<h[1-6]/i.test(dirty)) return purify.sanitize(dirty, CONFIG);
      // as nodes (no string parsed twice), re-levelled, then serialised for unsafeHTML
      const fragment = purify.sanitize(dirty, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
      relevelHeadings(fragment, topHeadingLevel);
      const box = document.createElement('div');
      box.append(fragment);
      return box.innerHTML;
    };
  });
  sanitizer.catch(() => {
    sanitizer = undefined; // try again next time
  });
  return sanitizer;
}

/**
 * Every string of `pending` with its sanitised HTML, ready to render, headings
 * from `headingLevel` down. A string DOMPurify cannot handle is left out (its
 * excerpt is shown instead). Lit's `unsafeHTML` lives here, in the chunk only
 * `rich` cards load, and only ever receives DOMPurify's output.
 */
export async function sanitizeAll(pending: string[], headingLevel: number): Promise<Map<string, DirectiveResult>> {
  const sanitize = await loadSanitizer();
  const clean = new Map<string, DirectiveResult>();
  for (const dirty of pending) {
    try {
      clean.set(dirty, unsafeHTML(sanitize(dirty, headingLevel)));
    } catch {
      // leave it out: the excerpt is shown instead
    }
  }
  return clean;
}
