/* global window, document, requestAnimationFrame, setTimeout, performance */
// Browser side of `npm run bench`: scripts/bench.mjs loads bench/index.html
// and calls window.cfBench. Times are performance.now() in the page.
import { parseFeed } from '../dist/critical-friend.js';
import { generateRss } from './generate-feed.mjs';

const stage = document.getElementById('stage');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Resolves after the next frame has been produced (rAF, then a task after it). */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

// ---- parseFeed against rss-parser --------------------------------------------

const rssParser = new window.RSSParser();

const runners = {
  parseFeed: async (xml) => parseFeed(xml),
  rssParser: (xml) => rssParser.parseString(xml),
};

// The feed under test is generated in the page and stays there: timing a
// batch copies nothing between Node and the page, and no copy of the input
// is held by the DevTools protocol when the retained heap is measured.
let currentXml = '';

/** Generate the benchmark feed of about `bytes` in the page; its item count and size. */
function useGeneratedFeed(bytes) {
  const feed = generateRss(bytes);
  currentXml = feed.xml;
  return { items: feed.items, bytes: feed.bytes };
}

/** Run `count` parses of the current feed with one parser; wall time in ms (CPU time is read from Node). */
async function batch(name, count) {
  const run = runners[name];
  const start = performance.now();
  for (let i = 0; i < count; i++) await run(currentXml);
  return performance.now() - start;
}

/** What each parser found: titles and links in order. */
async function itemsOf(xml) {
  const ours = parseFeed(xml);
  const theirs = await rssParser.parseString(xml);
  return {
    parseFeed: ours.items.map((item) => ({ title: item.title, link: item.url })),
    rssParser: theirs.items.map((item) => ({ title: item.title ?? '', link: item.link ?? '' })),
  };
}

async function foundItems() {
  return itemsOf(currentXml);
}

/**
 * For the heap a parser's result holds once its input is gone: parse the
 * current feed, keep the result and drop the input. scripts/bench.mjs then
 * reads heapUsed() with and without the result, each in its own task
 * (performance.memory is read fresh per task).
 */
async function keepParsed(name) {
  window.cfBenchKept = await runners[name](currentXml);
  currentXml = '';
}

function dropKept() {
  window.cfBenchKept = undefined;
}

/**
 * The JS heap in use after full garbage collections spread over a few tasks
 * (needs --js-flags=--expose-gc). Two collections in the same task were not
 * enough: about one reading in three still counted the parse's garbage (the
 * 5 MB input and its temporaries, about 8.5 MB), and read 13.2 MB where a
 * settled heap reads 4.7 MB (session 4: 12 settled readings gave 4.72 MB
 * every time).
 */
async function heapUsed() {
  // V8 keeps the subject of the last successful regular expression match
  // alive (RegExp.lastMatch): a match on a small string first, so the figure
  // is what the result holds, not what the last regular expression saw.
  /x/.exec('x');
  for (let round = 0; round < 3; round++) {
    window.gc();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  window.gc();
  return performance.memory.usedJSHeapSize;
}

// ---- time to first render ----------------------------------------------------

const LADDER = () => {
  const el = document.createElement('cf-participation-ladder');
  el.setAttribute('heading', 'Where does participation sit in your service?');
  el.setAttribute('value', 'consultation');
  return el;
};

const PROS_CONS = () => {
  const el = document.createElement('cf-pros-cons');
  el.setAttribute('heading', 'Social media for CPD');
  const list = (slot, texts) => {
    const ul = document.createElement('ul');
    ul.slot = slot;
    for (const text of texts) {
      const li = document.createElement('li');
      li.textContent = text;
      ul.append(li);
    }
    return ul;
  };
  el.append(
    list('pros', ['Ideas travel fast.', 'Students talk between sessions.', 'Papers are easy to share.', 'Quick answers to quick questions.']),
    list('cons', ['A small, unrepresentative group.', 'Nothing is peer reviewed.', 'Employers may frown on it.', 'It eats into time for core work.']),
  );
  return el;
};

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Connecting People: partner briefing',
  home_page_url: 'https://study.example.org/',
  items: [1, 2, 3].map((n) => ({
    id: `briefing-${n}`,
    title: `Briefing number ${n} on the intervention model`,
    url: `https://study.example.org/2011/11/briefing-${n}`,
    date_published: `2011-11-0${n}T09:00:00Z`,
    authors: [{ name: 'Study team' }],
    content_text: 'Workers and the people they support will be asked what works in the intervention model.',
  })),
  _study: {
    status: 'active',
    phase: 'Final phase of the ethnography',
    milestones: [
      { title: 'Consultation on the model', date: '2011-12', status: 'current' },
      { title: 'Intervention manual', date: '2012-04', status: 'planned' },
    ],
    links: [{ title: 'Study blog', url: 'https://study.example.org/', kind: 'blog' }],
  },
});

const STUDY_FEED = () => {
  const el = document.createElement('cf-study-feed');
  el.setAttribute('heading', 'Connecting People study');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON_FEED;
  el.append(script);
  return el;
};

const FACTORIES = {
  'cf-participation-ladder': LADDER,
  'cf-pros-cons': PROS_CONS,
  'cf-study-feed': STUDY_FEED,
};

/** Resolves when the element has rendered its content (study-feed: its inline feed is shown). */
async function rendered(el) {
  if (el.localName === 'cf-study-feed' && el.status !== 'ready') {
    await new Promise((resolve, reject) => {
      const check = () => {
        if (el.status === 'ready') resolve();
        else if (el.status === 'error') reject(new Error(`cf-study-feed failed: ${el.error?.message}`));
      };
      el.addEventListener('load', check);
      el.addEventListener('error', check);
      // 'ready' may already have been reached between the checks
      el.updateComplete.then(check);
    });
  }
  await el.updateComplete;
  const root = el.shadowRoot;
  if (!root || root.childElementCount === 0 || !root.textContent.trim()) throw new Error(`${el.localName} rendered nothing`);
}

/** Forces style and layout of the element's shadow content, so it counts in the time. */
const layout = (el) => el.shadowRoot.firstElementChild?.getBoundingClientRect().height ?? 0;

/**
 * Insert one element of each kind `runs` times. `rendered` is the time from
 * `append` to updateComplete plus a forced layout; `frame` also waits for the
 * next frame (rAF + a task), so it includes paint and the frame clock.
 */
async function firstRender(tag, runs) {
  const make = FACTORIES[tag];
  const renderedTimes = [];
  const frameTimes = [];
  for (let i = 0; i < runs; i++) {
    const el = make();
    await nextFrame();
    const start = performance.now();
    stage.append(el);
    await rendered(el);
    layout(el);
    renderedTimes.push(performance.now() - start);
    await nextFrame();
    frameTimes.push(performance.now() - start);
    el.remove();
  }
  return {
    first: { rendered: renderedTimes[0], frame: frameTimes[0] },
    rendered: median(renderedTimes.slice(1)),
    frame: median(frameTimes.slice(1)),
    runs: runs - 1,
  };
}

/** A page of `count` widgets, the three kinds in turn, inserted at once. */
async function manyWidgets(count, runs) {
  const tags = Object.keys(FACTORIES);
  const renderedTimes = [];
  const frameTimes = [];
  const counts = {};
  for (let r = 0; r < runs; r++) {
    const fragment = document.createDocumentFragment();
    const elements = [];
    for (let i = 0; i < count; i++) {
      const tag = tags[i % tags.length];
      counts[tag] = (counts[tag] ?? 0) + (r === 0 ? 1 : 0);
      const el = FACTORIES[tag]();
      elements.push(el);
      fragment.append(el);
    }
    await nextFrame();
    const start = performance.now();
    stage.append(fragment);
    await Promise.all(elements.map(rendered));
    layout(elements[elements.length - 1]);
    document.body.getBoundingClientRect();
    renderedTimes.push(performance.now() - start);
    await nextFrame();
    frameTimes.push(performance.now() - start);
    stage.replaceChildren();
    await nextFrame();
  }
  return { rendered: median(renderedTimes), frame: median(frameTimes), min: Math.min(...renderedTimes), max: Math.max(...renderedTimes), runs, counts };
}

window.cfBench = { useGeneratedFeed, batch, foundItems, keepParsed, dropKept, heapUsed, firstRender, manyWidgets, ready: true };
