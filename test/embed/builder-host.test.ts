/**
 * The builder's check of its own host (src/embed/builder/host-check.ts): a
 * snippet that loads its script from a host sending no
 * `Access-Control-Allow-Origin: *` is blocked on every other site, so the
 * builder says so under "Check before you paste". The builder page is served
 * by test/support/test-server-routes.mjs's /__host/ route, once with the
 * header (as GitHub Pages sends it) and once without (as python -m
 * http.server serves it). Needs `npm run build` (the builder is dist/builder/).
 */
import { expect } from '@open-wc/testing';
import { hostChecks, hostSharesFile, sharedWithAnySite } from '../../src/embed/builder/host-check.js';
import type { Output } from '../../src/embed/builder/output.js';
import { until } from '../support/helpers.js';

type Host = 'cors' | 'plain';
type FrameWindow = Window & { axe?: { run(context: object, options: object): Promise<{ violations: { id: string }[] }> } };
const BLOCKED = 'Access-Control-Allow-Origin: *';

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** demo/builder.html served from `host`, once it has asked that host about its loader and drawn the answer. */
async function builderOn(host: Host): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1280px; height: 900px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/__host/${host}/demo/builder.html`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const win = frame.contentWindow!;
  const loader = new URL(`/__host/${host}/dist/loader.js`, location.href).href;
  await until(() => (doc.getElementById('cf-snippet') as HTMLTextAreaElement | null)?.value.includes('integrity='), 'the builder to load its integrity hashes', 15_000);
  await until(() => win.performance.getEntriesByName(loader).length, 'the builder to ask its host about dist/loader.js', 15_000);
  await redrawn();
  return doc;
}

/** The builder redraws 200 ms after an edit. */
const redrawn = () => new Promise((resolve) => setTimeout(resolve, 400));

function problems(doc: Document): string[] {
  const box = doc.getElementById('cf-problems')!;
  return box.hidden ? [] : Array.from(box.querySelectorAll('li'), (item) => item.textContent ?? '');
}
const hostProblem = (doc: Document) => problems(doc).find((text) => text.includes(BLOCKED));

function click(doc: Document, selector: string): void {
  (doc.querySelector(selector) as HTMLInputElement).click();
}

describe('the builder checks that other sites may load its own files', function () {
  // a builder page loads the widgets and measures them: slow on a busy machine, and waitFor names what did not happen
  this.timeout(40_000);

  it('reads the header from a real response, and says nothing when it cannot ask', async () => {
    expect(await hostSharesFile(new URL('/__host/cors/dist/loader.js', location.href))).to.equal(true);
    expect(await hostSharesFile(new URL('/__host/plain/dist/loader.js', location.href))).to.equal(false);
    expect(await hostSharesFile(new URL('/__host/plain/dist/no-such-file.js', location.href))).to.equal(undefined);
    expect(await hostSharesFile(new URL('http://127.0.0.1:9/dist/loader.js'))).to.equal(undefined);
    expect(sharedWithAnySite(new Response('', { headers: { 'Access-Control-Allow-Origin': 'https://blog.example' } }))).to.equal(false);
  });

  it('lists the problem for a "This site" script snippet on a host without the header, and marks the choice', async () => {
    const doc = await builderOn('plain');
    expect(hostProblem(doc), 'not for jsDelivr').to.equal(undefined);
    click(doc, '#cf-source-self');
    await redrawn();
    const problem = hostProblem(doc);
    expect(problem).to.contain('the widget never appears').and.contain('.htaccess').and.contain('GitHub Pages').and.contain('"Iframe"');
    expect(doc.getElementById('cf-source-self')!.getAttribute('aria-invalid')).to.equal('true');
    const win = doc.defaultView as FrameWindow;
    const script = doc.createElement('script');
    const axeLoaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    script.src = '/node_modules/axe-core/axe.min.js';
    doc.head.append(script);
    await axeLoaded;
    const results = await win.axe!.run({ include: [['[data-output="script"]'], ['#cf-problems']] }, { iframes: false });
    expect(results.violations.map((violation) => violation.id)).to.deep.equal([]);
  });

  it('lists it for an iframe snippet only with the resizer from this host', async () => {
    const doc = await builderOn('plain');
    click(doc, '#cf-output-iframe');
    await redrawn();
    expect(hostProblem(doc), 'the frame alone loads without it').to.equal(undefined);
    click(doc, '#cf-resizer');
    await redrawn();
    expect(hostProblem(doc)).to.contain('the resizer does not run').and.contain('leave out the resizer');
  });

  it('says nothing on a host that sends the header', async () => {
    const doc = await builderOn('cors');
    click(doc, '#cf-source-self');
    await redrawn();
    expect(hostProblem(doc)).to.equal(undefined);
  });

  it('asks about the embed page\'s host only when it is this one', () => {
    const iframe: Output = { kind: 'iframe', embedPage: 'https://files.example/cf/embed.html', resizer: true };
    expect(hostChecks(iframe, 'https://builder.example', false)).to.deep.equal([]);
    expect(hostChecks(iframe, 'https://files.example', false)).to.have.length(1);
    expect(hostChecks(iframe, 'https://files.example', undefined), 'unknown: nothing said').to.deep.equal([]);
  });
});
