/**
 * The builder page (demo/builder.html): fills in what depends on where it is
 * served, restores a shared state from the URL, and keeps the preview, the
 * snippet, the checks and the URL up to date as the author types.
 */
import { version } from '../../index.js';
import { WIDGETS, PING_MESSAGE, configToParams, createWidget, embedUrl, isHeightMessage, readConfig, sandboxFor, type WidgetConfig } from '../index.js';
import { fieldsWithProblems, isWebAddress, markInvalid, problemsFor, allChecks } from './checks.js';
import { detailChecks } from './details.js';
import { configFromForm, fillForm, isChecked, setValue, suggestId, syncVisibility, valueOf, widgetOf } from './form.js';
import { testFeed } from './feed-test.js';
import { markChecks, PresetRungs, showRungs } from './rungs.js';
import { WidthMeasurer, type MeasureMode } from './measure.js';
import { DIST, SCRIPT_FILE, frameConfig, frameFont, outputFromForm, snippetFor, type Output } from './output.js';
import { hostChecks, hostSharesFile } from './host-check.js';

/** The meta tag scripts/site.mjs adds to the builder it copies into site/. */
const SITE_META = 'critical-friend-site';
const EDIT_DELAY = 200;

/** Pending announcements, so that a quick second message is not overtaken by the first. */
const announcing = new WeakMap<HTMLElement, number>();

/** Say `text` in a live region: cleared first, so that the same words twice are announced twice. */
function announce(region: HTMLElement, text: string): void {
  const view = region.ownerDocument.defaultView as Window;
  view.clearTimeout(announcing.get(region));
  region.textContent = '';
  announcing.set(
    region,
    view.setTimeout(() => (region.textContent = text), 50),
  );
}

/**
 * The snippet into the clipboard: the Clipboard API, else the old way
 * (select and execCommand), which works where the API is missing (http: pages).
 */
async function copyText(textarea: HTMLTextAreaElement): Promise<boolean> {
  const doc = textarea.ownerDocument;
  try {
    await doc.defaultView?.navigator.clipboard.writeText(textarea.value);
    return true;
  } catch {
    // no clipboard API, or no permission: fall back
  }
  textarea.focus();
  textarea.select();
  try {
    return doc.execCommand('copy');
  } catch {
    return false;
  }
}

/**
 * dist/integrity.json's hashes, when it can be read and is for this version;
 * otherwise no hashes and a note that says why the snippet has no integrity.
 */
async function loadIntegrity(): Promise<{ hashes: Record<string, string>; note: string }> {
  try {
    const response = await fetch(new URL('integrity.json', DIST));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const data = (await response.json()) as { version?: string; files?: Record<string, string> };
    if (data.version !== version) return { hashes: {}, note: `The integrity hashes are for version ${data.version}, not ${version}, so the snippet has no integrity check.` };
    return { hashes: data.files ?? {}, note: '' };
  } catch {
    return { hashes: {}, note: 'The integrity hashes (dist/integrity.json) could not be read, so the snippet has no integrity check: browsers will not verify that the script is exactly the released file.' };
  }
}

function pageParts(doc: Document) {
  const byId = <T extends HTMLElement = HTMLElement>(id: string) => doc.getElementById(id) as T;
  return {
    form: byId<HTMLFormElement>('cf-builder'),
    snippet: byId<HTMLTextAreaElement>('cf-snippet'),
    copy: byId<HTMLButtonElement>('cf-copy'),
    copyStatus: byId('cf-copy-status'),
    integrityNote: byId('cf-integrity-note'),
    problems: byId('cf-problems'),
    preview: byId('cf-preview'),
    previewFrame: byId('cf-preview-frame'),
    testButton: byId<HTMLButtonElement>('cf-test-feed'),
    feedStatus: byId('cf-feed-status'),
  };
}
type Parts = ReturnType<typeof pageParts>;

function showProblems(box: HTMLElement, problems: string[]): void {
  const doc = box.ownerDocument;
  const items = problems.map((text) => {
    const item = doc.createElement('li');
    item.textContent = text;
    return item;
  });
  box.querySelector('ul')?.replaceChildren(...items);
  box.hidden = problems.length === 0;
}

/**
 * The iframe readers will see. A new frame when its page or sandbox changes
 * (a sandbox applies when the frame loads); otherwise only the fragment
 * changes, and embed.html renders again on hashchange.
 */
function showFrame(box: HTMLElement, config: WidgetConfig, output: Extract<Output, { kind: 'iframe' }>): void {
  let frame = box.querySelector('iframe');
  if (!isWebAddress(output.embedPage)) {
    frame?.remove();
    return;
  }
  const framed = frameConfig(config, output);
  const src = embedUrl(framed, output.embedPage);
  const sandbox = sandboxFor(config).join(' ');
  const samePage = (frame?.getAttribute('src') ?? '').split('#')[0] === src.split('#')[0];
  if (!frame || !samePage || frame.getAttribute('sandbox') !== sandbox) {
    frame?.remove();
    frame = box.ownerDocument.createElement('iframe');
    frame.setAttribute('sandbox', sandbox);
    box.append(frame);
  }
  frame.title = config.attributes.heading || WIDGETS[config.widget].title;
  // without the resizer, readers see the snippet's fixed height: the one for the preview's width
  if (output.resizer) frame.contentWindow?.postMessage({ type: PING_MESSAGE }, '*');
  else frame.style.height = heightFor(output, box.clientWidth) ?? '';
  if (frame.getAttribute('src') !== src) frame.src = src;
}

/** The measured height for a column `width` px wide: the step for the widest width up to it. */
function heightFor(output: Output, width: number): string | undefined {
  const steps = output.heights ?? [];
  return [...steps].reverse().find((step) => step.minWidth <= width)?.height ?? steps[0]?.height;
}

/**
 * The preview: the element itself (made again only when the configuration
 * changed, so trying the widget is not interrupted), and in iframe mode the frame.
 */
function showPreview(parts: Parts, config: WidgetConfig, output: Output): void {
  const key = configToParams(config).toString();
  if (parts.preview.dataset.config !== key) {
    parts.preview.replaceChildren(createWidget(config, parts.preview.ownerDocument));
    parts.preview.dataset.config = key;
  }
  parts.previewFrame.hidden = output.kind !== 'iframe';
  if (output.kind === 'iframe') showFrame(parts.previewFrame, config, output);
  else parts.previewFrame.querySelector('iframe')?.remove();
}

/** Fit the preview frame to the height it reports, as the resizer would, when the snippet has the resizer. */
function followFrameHeight(view: Window, parts: Parts): void {
  view.addEventListener('message', (event) => {
    const frame = parts.previewFrame.querySelector('iframe');
    if (!frame || event.source !== frame.contentWindow || !isHeightMessage(event.data) || !isChecked(parts.form, 'resizer')) return;
    frame.style.height = `${Math.ceil(event.data.height)}px`;
  });
}

async function copySnippet(parts: Parts): Promise<void> {
  const copied = await copyText(parts.snippet);
  announce(parts.copyStatus, copied ? 'Snippet copied' : 'Select the text and copy it yourself');
}

/** "Test the feed": the form's feed and proxy, the result in the status region. */
async function testFeedOfForm(parts: Parts): Promise<void> {
  const button = parts.testButton;
  if (button.getAttribute('aria-disabled') === 'true') return;
  button.setAttribute('aria-disabled', 'true'); // not `disabled`: the button keeps the keyboard focus
  announce(parts.feedStatus, 'Testing the feed…');
  // with the card's own timeout, so a slow feed fails here as it would for readers
  const timeout = Number(valueOf(parts.form, 'timeout')) || undefined;
  const result = await testFeed(valueOf(parts.form, 'src'), valueOf(parts.form, 'proxy'), timeout ? { timeout } : {});
  parts.feedStatus.dataset.result = result.ok ? 'ok' : 'problem';
  announce(parts.feedStatus, `${result.ok ? 'It works: ' : 'Problem: '}${result.message}`);
  button.removeAttribute('aria-disabled');
}

/**
 * Points that the text boxes cannot hold as they were (a line break in a
 * point, or a weightless point starting with "2:"), said rather than changed silently.
 */
function pointsChanged(shared: WidgetConfig, filled: WidgetConfig): string[] {
  const sides = (['pros', 'cons'] as const).filter((side) => JSON.stringify(shared[side] ?? []) !== JSON.stringify(filled[side] ?? []));
  return sides.map((side) => `Some ${side} read differently here: a point is one line, and a line starting with 0: to 3: gives its weight. Check the ${side} before you copy the snippet.`);
}

/** The configuration in the page's fragment, into the form; returns what could not be restored. */
function restoreFromUrl(form: HTMLFormElement, href: string): string[] {
  const fragment = new URL(href).hash.slice(1);
  if (!fragment) return [];
  // the fragment only: a query on the builder's address (?utm_source=…) is not a configuration
  const result = readConfig(new URLSearchParams(fragment));
  if (!result.ok) return result.errors.map((error) => `The shared builder address could not be read: ${error}`);
  const leftOut = fillForm(form, result.config);
  if (result.config.font) {
    const font = result.config.font;
    setValue(form, 'font', font === 'serif' || font === 'sans' ? font : 'named');
    if (font !== 'serif' && font !== 'sans') setValue(form, 'font-name', font);
  }
  const note = leftOut.length ? [`This builder has no field for ${leftOut.join(', ')}, so the snippet leaves ${leftOut.length === 1 ? 'it' : 'them'} out.`] : [];
  return [...result.warnings, ...note, ...pointsChanged(result.config, configFromForm(form))];
}

/** How the hidden copies are laid out for this output. */
const measureMode = (output: Output): MeasureMode => (output.kind === 'iframe' ? { kind: 'iframe', font: frameFont(output) } : { kind: 'script' });

/** Fill in the defaults that depend on where the builder is served. */
function fillDefaults(doc: Document, form: HTMLFormElement): void {
  if (!valueOf(form, 'embed-page')) setValue(form, 'embed-page', new URL('embed.html', DIST).href);
  // in the site folder (npm run site, issue 10) the files are on this site
  // whatever the registry holds: its snippets load them from here by default
  if (doc.querySelector(`meta[name="${SITE_META}"]`)) setValue(form, 'source', 'self');
  // an example that works here, so the study card's preview shows something
  if (!valueOf(form, 'src')) setValue(form, 'src', new URL('feeds/connecting-people.xml', doc.baseURI).href);
}

/**
 * Write the snippet. The hidden copies go on measuring after an edit, and a
 * new height changes the snippet: an author who has selected all of it (or
 * had "Copy snippet" select it) keeps the whole of the new one selected,
 * rather than a caret at its end.
 */
function showSnippet(textarea: HTMLTextAreaElement, snippet: string): void {
  if (textarea.value === snippet) return;
  const wholeSelected = textarea.ownerDocument.activeElement === textarea && textarea.selectionStart === 0 && textarea.selectionEnd === textarea.value.length && textarea.value !== '';
  textarea.value = snippet;
  if (wholeSelected) textarea.select();
}

/** Start the builder on `doc`. */
export function start(doc: Document): void {
  const view = doc.defaultView as Window & typeof globalThis;
  const parts = pageParts(doc);
  const { form } = parts;
  fillDefaults(doc, form);
  let notes = restoreFromUrl(form, view.location.href);
  let hashes: Record<string, string> = {};
  let hostShares: boolean | undefined; // unknown until asked: nothing said meanwhile
  let timer = 0;
  const later = () => {
    view.clearTimeout(timer);
    timer = view.setTimeout(render, EDIT_DELAY);
  };
  const measurer = new WidthMeasurer(doc.body.appendChild(doc.createElement('div')), later);
  const presets = new PresetRungs(() => render());

  function render(): void {
    const config = configFromForm(form);
    const chosen = outputFromForm(form, hashes);
    const mode = measureMode(chosen);
    measurer.update(config, mode);
    // until every copy has rendered, no heights: the ResizeObserver renders again
    const heights = measurer.steps(mode);
    const output = heights ? { ...chosen, heights } : chosen;
    showPreview(parts, config, output);
    let snippet = '';
    try {
      snippet = snippetFor(config, output);
    } catch {
      // an address the snippet may not load (javascript:, not a URL): the problems list says which
    }
    showSnippet(parts.snippet, snippet);
    const widget = widgetOf(form);
    // re-checked on every edit, so a mark that a change of scale leaves behind is named at once
    const ladderScale = widget === 'participation-ladder' ? presets.scaleOf(form) : undefined;
    const marks = markChecks(form, ladderScale);
    showRungs(form, ladderScale, marks);
    const extra = [...detailChecks(form, widget), ...marks, ...hostChecks(chosen, DIST.origin, hostShares)];
    showProblems(parts.problems, [...notes, ...problemsFor(config, output, extra)]);
    markInvalid(form, fieldsWithProblems(allChecks(config, output, extra)));
    // the builder's own address shares its state (the output settings excepted)
    view.history.replaceState(view.history.state, '', `#${configToParams(config)}`);
  }

  const onEdit = (event: Event) => {
    const name = (event.target as HTMLInputElement).name;
    notes = [];
    syncVisibility(form);
    if (event.type === 'change' && (name === 'persist' || name === 'widget')) suggestId(form);
    if (name === 'src' || name === 'proxy') announce(parts.feedStatus, ''); // a result for another address would mislead
    later();
  };
  form.addEventListener('input', onEdit);
  form.addEventListener('change', onEdit);
  form.addEventListener('submit', (event) => event.preventDefault()); // Enter in a field must not reload the page
  view.addEventListener('hashchange', () => {
    notes = restoreFromUrl(form, view.location.href);
    render();
  });
  parts.copy.addEventListener('click', () => void copySnippet(parts));
  parts.testButton.addEventListener('click', () => void testFeedOfForm(parts));
  followFrameHeight(view, parts);
  // the preview column's width decides the preview frame's height
  new view.ResizeObserver(later).observe(parts.preview);

  syncVisibility(form);
  render();
  void loadIntegrity().then((integrity) => {
    hashes = integrity.hashes;
    parts.integrityNote.textContent = integrity.note;
    parts.integrityNote.hidden = !integrity.note;
    render();
  });
  void hostSharesFile(new URL(SCRIPT_FILE, DIST)).then((shared) => {
    hostShares = shared;
    render();
  });
}

