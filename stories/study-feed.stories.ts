import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { attr, described, num } from './support/story-helpers.js';
import '../src/study-feed/define.js';
import { studyFeedStrings } from '../src/study-feed/strings.js';
import type { StringTable } from '../src/shared/strings.js';
import {
  ATOM_URL,
  CONNECTING_PEOPLE_STUDY,
  EMPTY_URL,
  FRENCH_FEED,
  HOSTILE_URL,
  HTML_PAGE_URL,
  NEVER_ANSWERS_URL,
  NOT_FOUND_URL,
  PARTNER_BRIEFING,
  RSS1_URL,
  RSS2_URL,
  UNREACHABLE_URL,
  feedUrl,
  getStudyFeed,
  installFeedServer,
  jsonScript,
  recentUpdates,
  seedLastVisit,
  seedSavedCopy,
  studyFeedFrenchStrings,
  tooLargeFeedUrl,
  viewState,
} from './support/study-feed.js';

/** The attributes and properties the stories set; names as in the manifest. */
interface StudyFeedArgs {
  src: string;
  heading: string;
  'heading-level': number;
  'max-items': number;
  timeout: number;
  proxy: string;
  rich: boolean;
  persist: boolean;
  refresh: number;
  theme: 'auto' | 'light' | 'dark';
  id: string;
  strings: StringTable;
  onLoad: (event: Event) => void;
  onError: (event: Event) => void;
}

/** The element with the story's args; `children` go in its light DOM (JSON scripts, fallback content). */
function studyFeed(args: Partial<StudyFeedArgs>, children: unknown = nothing): TemplateResult {
  return html`<cf-study-feed
    id=${attr(args.id)}
    src=${attr(args.src)}
    heading=${attr(args.heading)}
    heading-level=${num(args['heading-level'], 2)}
    max-items=${num(args['max-items'], 3)}
    timeout=${num(args.timeout, 10000)}
    proxy=${attr(args.proxy)}
    refresh=${num(args.refresh, 0)}
    theme=${attr(args.theme === 'auto' ? '' : args.theme)}
    ?rich=${args.rich ?? false}
    ?persist=${args.persist ?? false}
    .strings=${args.strings ?? {}}
    @load=${ifDefined(args.onLoad)}
    @error=${ifDefined(args.onError)}
    >${children}</cf-study-feed
  >`;
}

/** The study details child for the RSS demo feed, and the fallback a page gives before the script runs. */
const connectingPeopleChildren = () => html`${jsonScript(CONNECTING_PEOPLE_STUDY, 'data-study')}
  <p>News from the Connecting People study: <a href="https://connecting-people.example.org/">read the study blog</a>.</p>`;

/** Fallback content only (shown again when the feed cannot be loaded and nothing was saved). */
const fallback = () => html`<p>News from the Connecting People study: <a href="https://connecting-people.example.org/">read the study blog</a>.</p>`;

/** Wait until the card shows `state` (the `data-state` of its base part). */
async function expectState(canvasElement: HTMLElement, state: string, timeout = 5000) {
  const card = await getStudyFeed(canvasElement);
  await waitFor(() => expect(viewState(card)).toBe(state), { timeout });
  return card;
}

const meta = {
  title: 'Study feed',
  component: 'cf-study-feed',
  tags: ['autodocs'],
  render: (args) => studyFeed(args),
  // every story may use the made-up feed server (a feed that never answers, an HTTP 404): see stories/support/study-feed.ts
  loaders: [
    async () => {
      installFeedServer();
      return {};
    },
  ],
  args: {
    src: '',
    heading: '',
    'heading-level': 2,
    'max-items': 3,
    timeout: 10000,
    proxy: '',
    rich: false,
    persist: false,
    refresh: 0,
    theme: 'auto',
    id: '',
    onLoad: fn().mockName('load'),
    onError: fn().mockName('error'),
  },
  // types, controls and sections come from the manifest (stories/support/arg-types.ts); these add what a story needs
  argTypes: {
    src: { description: 'Feed URL (RSS 2.0, RSS 1.0, Atom 1.0 or JSON Feed). The stories serve their feeds as `blob:` URLs; empty uses the inline JSON Feed.' },
    'heading-level': { control: { type: 'number', min: 2, max: 6, step: 1 } },
    // number controls even while the manifest cannot read the type of a named default (DEFAULT_MAX_ITEMS)
    'max-items': { control: { type: 'number', min: 1, max: 50, step: 1 } },
    timeout: { control: { type: 'number', min: 1, step: 500 } },
    refresh: { control: { type: 'number', min: 0, step: 30 } },
    rich: { description: 'Render each update\u2019s content as sanitised HTML; see the “Rich content” story.' },
    persist: { description: 'Keep the last good copy and the last visit in `localStorage` (needs an `id`); see the “Saved copy after an error” story.' },
    id: { description: 'Needed by `persist`: the key of the saved copy.' },
    strings: { control: 'object', description: 'Replacement strings by key; see the “Other language (French)” story.' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A research study\u2019s update card from an RSS, Atom or JSON Feed: the study\u2019s name, status and phase, its latest updates, a milestone timeline and follow links. Feed content never runs. The stories serve their feeds as `blob:` URLs (Storybook has no feed server), so the "Open the feed itself" link, which only allows http:, https: and mailto:, is left out in them.',
      },
    },
  },
} satisfies Meta<StudyFeedArgs>;

export default meta;
type Story = StoryObj<StudyFeedArgs>;

// ---- formats ---------------------------------------------------------------------

export const Rss2: Story = {
  name: 'RSS 2.0',
  args: { src: RSS2_URL, heading: 'Connecting People study', id: 'connecting-people' },
  parameters: described('The seed\u2019s "Connecting People" study from its RSS 2.0 feed, with a data-study child giving status, phase, milestones and follow links.'),
  render: (args) => studyFeed(args, connectingPeopleChildren()),
  play: async ({ canvasElement }) => {
    const card = await expectState(canvasElement, 'ready');
    await expect(card.items.length).toBe(3);
    await expect(card.status).toBe('ready');
  },
};

export const Rss1: Story = {
  name: 'RSS 1.0 (RDF)',
  args: { src: RSS1_URL },
  parameters: described('An RSS 1.0 (RDF) feed with dc:creator and dc:date; no study details, so only the updates are shown.'),
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'ready');
  },
};

export const Atom: Story = {
  name: 'Atom 1.0',
  args: { src: ATOM_URL },
  parameters: described('An Atom 1.0 feed: links resolved against xml:base, an entry with two authors, and an HTML title shown as plain text.'),
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'ready');
  },
};

export const JsonFeedInline: Story = {
  name: 'JSON Feed, inline',
  parameters: described('An inline JSON Feed 1.1 in a child script, with the study details in its _study extension; no src, so no Refresh button.'),
  render: (args) => studyFeed(args, jsonScript(PARTNER_BRIEFING)),
  play: async ({ canvasElement }) => {
    const card = await expectState(canvasElement, 'ready');
    await expect(card.study?.milestones?.length).toBe(4);
  },
};

// ---- states ------------------------------------------------------------------------

export const Empty: Story = {
  name: 'Empty feed',
  args: { src: EMPTY_URL },
  parameters: described('A valid feed with no items yet: "No updates yet."'),
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'empty');
  },
};

export const Loading: Story = {
  name: 'Loading',
  args: { src: NEVER_ANSWERS_URL, heading: 'Connecting People study', timeout: 3600000 },
  parameters: described('A feed that never answers (a made-up address the stories hold open, with a one-hour timeout): the skeleton keeps the card\u2019s space and the card is aria-busy.'),
  render: (args) => studyFeed(args, fallback()),
  play: async ({ canvasElement }) => {
    const card = await expectState(canvasElement, 'loading');
    await expect(card.shadowRoot?.querySelector('[part="base"]')?.getAttribute('aria-busy')).toBe('true');
  },
};

export const ErrorNetwork: Story = {
  name: 'Error: network',
  args: { src: UNREACHABLE_URL, heading: 'Connecting People study' },
  parameters: described('The feed\u2019s server cannot be reached (a .invalid address): the reason in words, a Try again button, a link to the feed, and the page\u2019s fallback content below.'),
  render: (args) => studyFeed(args, fallback()),
  play: async ({ canvasElement }) => {
    const card = await expectState(canvasElement, 'error');
    await expect(['network', 'offline']).toContain(card.error?.code);
  },
};

export const ErrorHttp404: Story = {
  name: 'Error: HTTP 404',
  args: { src: NOT_FOUND_URL, heading: 'Connecting People study' },
  parameters: described('The server answers HTTP 404 (a made-up address the stories answer): "The feed was not found at this address".'),
  render: (args) => studyFeed(args, fallback()),
  play: async ({ canvasElement }) => {
    const card = await expectState(canvasElement, 'error');
    await expect(card.error?.httpStatus).toBe(404);
  },
};

export const ErrorTimeout: Story = {
  name: 'Error: timeout',
  args: { src: NEVER_ANSWERS_URL, heading: 'Connecting People study', timeout: 2000 },
  parameters: described('timeout="2000" against a feed that never answers: after two seconds, "The feed took too long to answer".'),
  render: (args) => studyFeed(args, fallback()),
  play: async ({ canvasElement }) => {
    const card = await expectState(canvasElement, 'error', 8000);
    await expect(card.error?.code).toBe('timeout');
  },
};

export const ErrorNotAFeed: Story = {
  name: 'Error: not a feed',
  args: { src: HTML_PAGE_URL, heading: 'Connecting People study' },
  parameters: described('src points at a web page (the study\u2019s home page) instead of its feed.'),
  render: (args) => studyFeed(args, fallback()),
  play: async ({ canvasElement }) => {
    const card = await expectState(canvasElement, 'error');
    await expect(card.error?.code).toBe('not-a-feed');
  },
};

export const ErrorTooLarge: Story = {
  name: 'Error: too large',
  args: { heading: 'Connecting People study' },
  parameters: described('A feed of over 6 MB: refused as soon as its size is known (the limit is 5 MB).'),
  loaders: [async () => ({ src: tooLargeFeedUrl() })],
  render: (args, { loaded }) => studyFeed({ ...args, src: args.src || String(loaded['src']) }, fallback()),
  play: async ({ canvasElement }) => {
    const card = await expectState(canvasElement, 'error');
    await expect(card.error?.code).toBe('too-large');
  },
};

export const ErrorInlineJson: Story = {
  name: 'Error: inline JSON',
  parameters: described('An inline JSON Feed with a syntax error: the reason in words, and no retry (nothing would change).'),
  render: (args) => studyFeed(args, jsonScript('{ "version": "https://jsonfeed.org/version/1.1", "items": [ { "title": "Oops" ] }')),
  play: async ({ canvasElement }) => {
    const card = await expectState(canvasElement, 'error');
    await expect(card.error?.code).toBe('inline');
  },
};

export const StaleWhileLoading: Story = {
  name: 'Saved copy while loading',
  args: { src: NEVER_ANSWERS_URL, heading: 'Connecting People study', persist: true, id: 'story-stale-loading', timeout: 3600000 },
  parameters: described('persist with a copy saved yesterday: it is shown at once, saying when it was saved, while the (never-answering) feed is checked.'),
  loaders: [
    async () => {
      seedSavedCopy('story-stale-loading', NEVER_ANSWERS_URL, 27);
      return {};
    },
  ],
  render: (args) => studyFeed(args, connectingPeopleChildren()),
  play: async ({ canvasElement }) => {
    const card = await expectState(canvasElement, 'stale');
    await expect(card.status).toBe('loading');
  },
};

export const Stale: Story = {
  name: 'Saved copy after an error',
  args: { src: UNREACHABLE_URL, heading: 'Connecting People study', persist: true, id: 'story-stale' },
  parameters: described('persist with a copy saved two days ago and a feed that now fails: the saved copy stays, saying when it was saved and why it could not be updated, with Try again.'),
  loaders: [
    async () => {
      seedSavedCopy('story-stale', UNREACHABLE_URL, 50);
      return {};
    },
  ],
  render: (args) => studyFeed(args, connectingPeopleChildren()),
  play: async ({ canvasElement }) => {
    const card = await getStudyFeed(canvasElement);
    await waitFor(() => expect(card.status).toBe('error'), { timeout: 5000 });
    await expect(card.stale).toBe(true);
    await expect(viewState(card)).toBe('stale');
  },
};

export const NewSinceLastVisit: Story = {
  name: 'New since the last visit',
  args: { heading: 'Connecting People study', persist: true, id: 'story-new' },
  parameters: described('persist with a last visit three days ago: the two updates since then are marked New, and recent dates are said in words ("Today", "Yesterday", "4 days ago").'),
  loaders: [
    async () => {
      seedLastVisit('story-new', new Date(Date.now() - 3 * 24 * 60 * 60 * 1000));
      return { src: feedUrl(JSON.stringify(recentUpdates()), 'application/feed+json') };
    },
  ],
  render: (args, { loaded }) => studyFeed({ ...args, src: args.src || String(loaded['src']) }),
  play: async ({ canvasElement }) => {
    const card = await expectState(canvasElement, 'ready');
    await expect(card.shadowRoot?.querySelectorAll('[part="new"]').length).toBe(2);
  },
};

// ---- content -------------------------------------------------------------------------

export const Rich: Story = {
  name: 'Rich content',
  args: { src: RSS2_URL, heading: 'Connecting People study', rich: true },
  parameters: described('rich: each update\u2019s content (content:encoded, else the description) is rendered as HTML sanitised by DOMPurify, which is loaded only now.'),
  render: (args) => studyFeed(args, connectingPeopleChildren()),
  play: async ({ canvasElement }) => {
    const card = await expectState(canvasElement, 'ready');
    await waitFor(() => expect(card.shadowRoot?.querySelector('[part="content"] strong')).not.toBeNull());
    await expect(card.shadowRoot?.querySelector('[part="content"] a[href^="mailto:"]')?.getAttribute('rel')).toBe('noopener noreferrer');
  },
};

export const HostileFeed: Story = {
  name: 'Hostile feed',
  args: { src: HOSTILE_URL, rich: true },
  parameters: described('rich with a hostile feed (scripts, event handlers and javascript: links in every field): markup in titles and authors is shown as text, and nothing runs.'),
  play: async ({ canvasElement }) => {
    const card = await expectState(canvasElement, 'ready');
    await waitFor(() => expect(card.shadowRoot?.querySelectorAll('[part="content"]').length).toBeGreaterThan(0));
    const root = card.shadowRoot!;
    await expect(root.querySelectorAll('script, iframe, object, embed, form, style:not([data-lit])').length).toBe(0);
    const urls = Array.from(root.querySelectorAll('[href], [src]')).map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '');
    await expect(urls.filter((url) => !/^(https?:|mailto:)/i.test(url.trim()))).toEqual([]);
    await expect((window as { __cfPwned?: unknown }).__cfPwned).toBeUndefined();
  },
};

export const MaxItems: Story = {
  name: 'Five updates (max-items)',
  args: { src: RSS2_URL, heading: 'Connecting People study', 'max-items': 5 },
  parameters: described('max-items="5": all five updates of the demo feed (the default is the latest three).'),
  render: (args) => studyFeed(args, connectingPeopleChildren()),
  play: async ({ canvasElement }) => {
    const card = await expectState(canvasElement, 'ready');
    await expect(card.items.length).toBe(5);
  },
};

// ---- appearance ----------------------------------------------------------------------

export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { src: RSS2_URL, heading: 'Connecting People study', theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
  parameters: described('theme="dark" on a dark page.'),
  render: (args) => html`<div style="background: #15181c; color: #e8eaed; padding: 1.5rem; border-radius: 0.5rem">${studyFeed(args, connectingPeopleChildren())}</div>`,
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'ready');
  },
};

export const Narrow320: Story = {
  name: 'Narrow, 320 px',
  args: { src: RSS2_URL, heading: 'Connecting People study' },
  parameters: described('In a 320 px wide container: one column, long titles and milestones wrap.'),
  render: (args) => html`<div style="inline-size: 320px; outline: 1px dashed #8a8f98">${studyFeed(args, connectingPeopleChildren())}</div>`,
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'ready');
  },
};

const FRENCH_URL = feedUrl(JSON.stringify(FRENCH_FEED), 'application/feed+json');

export const OtherLanguage: Story = {
  name: 'Other language (French)',
  args: { src: FRENCH_URL, strings: studyFeedFrenchStrings },
  parameters: described('In a lang="fr" page with every string replaced through the strings property, and a French feed: dates and author lists follow the language.'),
  render: (args) => html`<div lang="fr">${studyFeed(args)}</div>`,
  play: async ({ canvasElement }) => {
    const missing = Object.keys(studyFeedStrings).filter((key) => !(key in studyFeedFrenchStrings));
    await expect(missing).toEqual([]);
    const card = await expectState(canvasElement, 'ready');
    await expect(card.shadowRoot?.textContent).toContain('Dernières actualités');
  },
};

export const Welsh: Story = {
  name: 'Welsh (Cymraeg)',
  parameters: described('In a lang="cy" page with no strings given: the built-in Welsh loads on demand, and dates follow the language (the inline JSON Feed of the “JSON Feed, inline” story; its own words stay as written).'),
  render: (args) => html`<div lang="cy">${studyFeed(args, jsonScript(PARTNER_BRIEFING))}</div>`,
  play: async ({ canvasElement }) => {
    const card = await expectState(canvasElement, 'ready');
    await waitFor(() => expect(card.shadowRoot?.textContent).toContain('Y diweddariadau diweddaraf'), { timeout: 3000 });
  },
};
