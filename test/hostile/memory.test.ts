/**
 * Memory (issue 6): attach and detach 1,000 widgets of each kind (in batches
 * of 100); timers, document/window listeners and refetches stop on detach;
 * and the JS heap after garbage collection grows by less than HEAP_BOUND.
 *
 * Needs Chromium started with `--js-flags=--expose-gc` (window.gc) and
 * `--enable-precise-memory-info` (unrounded performance.memory), both in
 * web-test-runner.config.mjs. Runs the source modules in the test page.
 *
 * The bound: 5 MB of JS heap after GC for 3,000 widgets attached and
 * detached: about 1.7 KB per widget if every one leaked something, far less
 * than a detached widget that stayed reachable (its shadow DOM, template
 * instances and state) would keep.
 */
import { expect } from '@open-wc/testing';
import '../../src/participation-ladder/define.js';
import '../../src/pros-cons/define.js';
import '../../src/study-feed/define.js';
import type { StudyFeed } from '../../src/study-feed/study-feed.js';
import { perStep } from '../support/progress.js';

const HEAP_BOUND = 5 * 1024 * 1024;
const PER_KIND = 1000;
const BATCH = 100;

type GcWindow = Window & typeof globalThis & { gc?: () => void };
const win = window as GcWindow;
const heap = () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;
const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

// the test's own waits use the original timer, so only the widgets' timers are tracked
const realSetTimeout = window.setTimeout.bind(window);
const sleep = (ms: number) => new Promise((resolve) => realSetTimeout(resolve, ms));

async function collect(): Promise<number> {
  for (let round = 0; round < 4; round++) {
    win.gc!();
    await sleep(50);
  }
  return heap();
}

const FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'A study',
  _study: { status: 'active', phase: 'Fieldwork', milestones: [{ title: 'Manual', date: '2012-04', status: 'planned' }], links: [{ title: 'Blog', url: 'https://example.org/', kind: 'blog' }] },
  items: [1, 2, 3].map((n) => ({ id: String(n), title: `Update ${n}`, url: `https://example.org/${n}`, content_text: `Text ${n}.`, date_published: `2011-11-0${n}T09:00:00Z` })),
});

function make(kind: string, index: number): HTMLElement {
  const template = document.createElement('template');
  if (kind === 'cf-participation-ladder') template.innerHTML = `<cf-participation-ladder value="consultation" aspiration="partnership" perspectives="Staff; Residents" heading="Ladder ${index}"></cf-participation-ladder>`;
  else if (kind === 'cf-pros-cons') template.innerHTML = `<cf-pros-cons heading="Appraisal ${index}" structured-data><ul slot="pros"><li>Quick answers</li><li data-weight="3">Debate</li></ul><ul slot="cons"><li>Not peer reviewed</li></ul></cf-pros-cons>`;
  else template.innerHTML = `<cf-study-feed refresh="1"><script type="application/json">${FEED}</script></cf-study-feed>`;
  return document.importNode(template.content, true).firstElementChild as HTMLElement;
}

/** Attach `count` widgets of `kind` in batches, let them render (and interact a little), detach them. */
async function churn(kind: string, count: number, container: HTMLElement, step = () => {}): Promise<void> {
  for (let start = 0; start < count; start += BATCH) {
    const hosts = Array.from({ length: Math.min(BATCH, count - start) }, (_, offset) => make(kind, start + offset));
    container.append(...hosts);
    await Promise.all(hosts.map((host) => (host as unknown as { updateComplete: Promise<unknown> }).updateComplete));
    if (kind === 'cf-study-feed') {
      while (hosts.some((host) => (host as StudyFeed).status === 'loading')) await sleep(10);
    } else {
      // a reader's click on a few of them: announcements (timers) and change events
      for (const host of hosts.slice(0, 5)) host.shadowRoot!.querySelector<HTMLElement>('[role="radio"][aria-checked="false"]')?.click();
    }
    await Promise.all(hosts.map((host) => (host as unknown as { updateComplete: Promise<unknown> }).updateComplete));
    for (const host of hosts) host.remove();
    step();
  }
}

/** The time limit for each batch of BATCH widgets (see test/support/progress.ts). */
const MS_PER_BATCH = 30_000;

describe('memory: 1,000 widgets of each kind attached and detached', function () {
  const container = document.createElement('div');
  const restore: Array<() => void> = [];
  /** Timers the widgets started and neither fired nor cleared. */
  const liveTimers = new Map<number, string>();
  /** document/window listeners added and not removed: "target type" -> count. */
  const liveListeners = new Map<string, number>();
  let fetches = 0;

  before(() => {
    if (typeof win.gc !== 'function' || !Number.isFinite(heap())) {
      throw new Error('window.gc or performance.memory is missing: Chromium needs --js-flags=--expose-gc and --enable-precise-memory-info (web-test-runner.config.mjs)');
    }
    document.body.append(container);
  });
  after(() => {
    for (const undo of restore.splice(0)) undo();
    container.remove();
  });

  function track(): void {
    const { setTimeout: set, clearTimeout: clear, setInterval: every, clearInterval: stop, fetch: get } = window;
    win.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
      const id: number = set(
        (...inner: unknown[]) => {
          liveTimers.delete(id);
          if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...inner);
        },
        ms,
        ...args,
      );
      liveTimers.set(id, `setTimeout ${ms ?? 0} ms`);
      return id;
    }) as typeof setTimeout;
    win.clearTimeout = ((id?: number) => {
      if (id !== undefined) liveTimers.delete(id);
      clear(id);
    }) as typeof clearTimeout;
    win.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
      const id: number = every(handler, ms, ...args);
      liveTimers.set(id, `setInterval ${ms ?? 0} ms`);
      return id;
    }) as typeof setInterval;
    win.clearInterval = ((id?: number) => {
      if (id !== undefined) liveTimers.delete(id);
      stop(id);
    }) as typeof clearInterval;
    win.fetch = ((...args: Parameters<typeof fetch>) => {
      fetches++;
      return get(...args);
    }) as typeof fetch;
    const add = EventTarget.prototype.addEventListener;
    const remove = EventTarget.prototype.removeEventListener;
    const seen = new Map<string, WeakSet<object>>();
    const keyOf = (target: EventTarget, type: string) => `${target === document ? 'document' : 'window'} ${type}`;
    EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      if ((this === document || this === window) && listener) {
        const key = keyOf(this, type);
        const set = seen.get(key) ?? new WeakSet();
        seen.set(key, set);
        const once = typeof options === 'object' && options?.once;
        if (!set.has(listener) && !once) {
          set.add(listener);
          liveListeners.set(key, (liveListeners.get(key) ?? 0) + 1);
        }
      }
      return add.call(this, type, listener, options);
    };
    EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      if ((this === document || this === window) && listener) {
        const key = keyOf(this, type);
        if (seen.get(key)?.has(listener)) {
          seen.get(key)!.delete(listener);
          liveListeners.set(key, (liveListeners.get(key) ?? 0) - 1);
        }
      }
      return remove.call(this, type, listener, options);
    };
    restore.push(() => {
      Object.assign(win, { setTimeout: set, clearTimeout: clear, setInterval: every, clearInterval: stop, fetch: get });
      EventTarget.prototype.addEventListener = add;
      EventTarget.prototype.removeEventListener = remove;
    });
  }

  // The steps below run in order and share the baseline taken in before():
  // one test per kind keeps each test short, and the last one checks what
  // the whole churn left behind.
  let baseline = NaN;
  const timings: string[] = [];
  const KINDS = ['cf-participation-ladder', 'cf-pros-cons', 'cf-study-feed'];

  before(async function () {
    const step = perStep(this, MS_PER_BATCH);
    // warm up: code, styles and caches that any page with the widgets keeps
    for (const kind of KINDS) await churn(kind, BATCH, container, step);
    await sleep(100);
    baseline = await collect();
    track();
  });

  for (const kind of KINDS) {
    it(`attaches and detaches ${PER_KIND} <${kind}>`, async function () {
      const step = perStep(this, MS_PER_BATCH);
      const started = performance.now();
      await churn(kind, PER_KIND, container, step);
      timings.push(`${kind} ${Math.round(performance.now() - started)} ms`);
      expect(container.childElementCount, 'widgets left attached').to.equal(0);
    });
  }

  it('makes no feed requests after 50 refreshing cards are detached', async function () {
    this.timeout(MS_PER_BATCH);
    const key = `memory-${Date.now()}`;
    const feeds = Array.from({ length: 50 }, () => {
      const el = document.createElement('cf-study-feed');
      el.setAttribute('refresh', '1');
      el.setAttribute('src', `/__hostile/count/feed?key=${key}`);
      return el;
    });
    container.append(...feeds);
    while (feeds.some((feed) => feed.status !== 'ready')) await sleep(20);
    for (const feed of feeds) feed.remove();
    const hits = async () => ((await (await fetch(`/__hostile/hits?key=${key}`)).json()) as { count: number }).count;
    const hitsAtDetach = await hits();
    const fetchesAtDetach = fetches;
    await sleep(2500); // two and a half refresh periods
    expect(await hits(), 'feed requests after detaching').to.equal(hitsAtDetach);
    expect(fetches - 1, 'fetch calls after detaching (one is the hits check)').to.equal(fetchesAtDetach);
    timings.push(`50 refreshing feeds detached: ${hitsAtDetach} requests, none after`);
  });

  it(`leaves no timers or document/window listeners, and the heap within ${MB(HEAP_BOUND)} of where it started, after GC`, async function () {
    this.timeout(MS_PER_BATCH);
    await sleep(100); // announcements (30 ms) land
    const timers = [...liveTimers.values()];
    const listeners = [...liveListeners.entries()].filter(([, count]) => count !== 0);
    for (const undo of restore.splice(0)) undo();
    expect(timers, 'timers still pending').to.deep.equal([]);
    expect(listeners, 'document/window listeners not removed').to.deep.equal([]);

    const after = await collect();
    const growth = after - baseline;
    console.log(
      `memory: ${PER_KIND} widgets of each kind attached and detached (${timings.join('; ')}); ` +
        `JS heap after GC ${MB(baseline)} before, ${MB(after)} after, growth ${MB(growth)} (bound ${MB(HEAP_BOUND)})`,
    );
    expect(growth, `heap growth ${MB(growth)}`).to.be.below(HEAP_BOUND);
  });
});
