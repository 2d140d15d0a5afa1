/**
 * A radio beside its text sits on the text's first line, whatever line height
 * the page gives. A theme's `* { line-height: 2 }` matches the host element
 * and beats the widgets' own line height, which every part then inherits: a
 * control placed by a fixed margin that assumed about 1.45 would sit half a
 * line too high. Uses dist/ (npm run build).
 */
import { expect } from '@open-wc/testing';
import { openFrame, until, whenDefined } from './support.js';

type Host = HTMLElement & { updateComplete: Promise<unknown> };

/** Every radio or checkbox shown beside its text: [what it is, host selector, control selector]. */
const CONTROLS: Array<[string, string, string]> = [
  ['"Help me decide" answer', 'cf-participation-ladder', 'fieldset.question label input'],
  ['"Add a point" side', 'cf-pros-cons', '.add-side label input'],
];

/** The vertical centre of the first line of text in `label`, outside `control`. */
function firstLineCentre(label: Element, control: Element, doc: Document): number | undefined {
  const walker = doc.createTreeWalker(label, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim() || control.contains(node)) continue;
    const range = doc.createRange();
    range.selectNodeContents(node);
    const line = range.getClientRects()[0];
    if (line) return line.top + line.height / 2;
  }
  return undefined;
}

/** How far (px) each control's centre is from its label's first line's centre, on a page with `lineHeight`. */
async function offsets(lineHeight: string): Promise<{ frame: HTMLIFrameElement; found: Record<string, number[]> }> {
  const { frame, win, doc } = await openFrame({
    srcdoc: `<!doctype html><html lang="en-GB"><head><style>body { font-size: 16px; } * { line-height: ${lineHeight}; }</style>
      <script type="module" src="/dist/critical-friend.js"></script></head><body>
      <cf-participation-ladder value="consultation"></cf-participation-ladder>
      <cf-pros-cons heading="Social media for CPD"><ul slot="pros"><li>Good practice travels fast.</li></ul><ul slot="cons"><li>Nothing is peer reviewed.</li></ul></cf-pros-cons>
      </body></html>`,
  });
  await whenDefined(win, ['cf-participation-ladder', 'cf-pros-cons']);
  const ladder = doc.querySelector<Host>('cf-participation-ladder')!;
  await ladder.updateComplete;
  Array.from(ladder.shadowRoot!.querySelectorAll('button'))
    .find((button) => /Help me decide/.test(button.textContent ?? ''))!
    .click();
  await until(() => ladder.shadowRoot!.querySelector('fieldset.question') !== null, 'the questions arrived');
  await ladder.updateComplete;
  const found: Record<string, number[]> = {};
  for (const [name, hostSelector, selector] of CONTROLS) {
    const controls = Array.from(doc.querySelector(hostSelector)!.shadowRoot!.querySelectorAll(selector));
    found[name] = controls.map((control) => {
      const box = control.getBoundingClientRect();
      const line = firstLineCentre(control.closest('label')!, control, doc);
      return line === undefined ? Infinity : Math.abs(box.top + box.height / 2 - line);
    });
  }
  return { frame, found };
}

describe('radios beside their text, under the page line height', function () {
  this.timeout(30_000);

  before(async () => {
    const response = await fetch('/dist/critical-friend.js', { method: 'HEAD' });
    if (!response.ok) throw new Error('dist/ is missing: run `npm run build` before these tests (npm test does).');
  });

  for (const lineHeight of ['2', '1.2']) {
    it(`each control is centred on its text's first line with * { line-height: ${lineHeight} }`, async () => {
      const { frame, found } = await offsets(lineHeight);
      frame.remove();
      const offLine: string[] = [];
      for (const [name, distances] of Object.entries(found)) {
        expect(distances.length, `${name}: controls found`).to.be.greaterThan(1);
        const worst = Math.max(...distances);
        if (worst > 2) offLine.push(`${name}: a control's centre is ${worst.toFixed(1)}px from its first line's centre`);
      }
      expect(offLine).to.deep.equal([]);
    });
  }
});
