import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../src/index.js';
import { WIDGETS, createWidget, iframeSnippet, scriptSnippet, type WidgetConfig } from '../src/embed/index.js';
import { VERSION } from '../src/shared/version.js';

/**
 * A widget described as data (`critical-friend/embed`), as the snippet builder
 * and the iframe embed see it: the element `createWidget` makes, and the two
 * snippets a blogger would paste for it.
 */
const meta: Meta = {
  title: 'Embed/From a configuration',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The snippet builder (`demo/builder.html`) and the iframe embed (`dist/embed.html`) describe a widget as a configuration: ' +
          '`{ widget, attributes, pros?, cons?, json?, study?, strings? }`. Each story shows the element `createWidget` makes from one, ' +
          'and the script-tag and iframe snippets `scriptSnippet` and `iframeSnippet` write for it.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

// the loader (issue 10): the snippet fetches only the widget it shows
const SCRIPT = { url: `https://cdn.jsdelivr.net/npm/critical-friend@${VERSION}/dist/loader.js` };
const EMBED_PAGE = 'https://widgets.example.ac.uk/critical-friend/embed.html';

function configuration(config: WidgetConfig): TemplateResult {
  return html`
    <div class="embed-story">
      ${createWidget(config)}
      <h3>Script-tag snippet</h3>
      <pre style="white-space: pre-wrap; overflow-wrap: anywhere"><code>${scriptSnippet(config, SCRIPT)}</code></pre>
      <h3>Iframe snippet (for platforms that strip scripts)</h3>
      <pre style="white-space: pre-wrap; overflow-wrap: anywhere"><code>${iframeSnippet(config, { embedPage: EMBED_PAGE })}</code></pre>
    </div>
  `;
}

/** The story's widget has upgraded and rendered, and both snippets name it. */
async function rendered(canvasElement: HTMLElement, config: WidgetConfig, selector: string): Promise<void> {
  const tag = WIDGETS[config.widget].tag;
  await waitFor(() => expect(canvasElement.querySelector(tag)?.shadowRoot?.querySelector(selector)).toBeTruthy());
  const snippets = Array.from(canvasElement.querySelectorAll('pre'), (pre) => pre.textContent ?? '');
  await expect(snippets[0]).toContain(`<${tag}`);
  await expect(snippets[1]).toContain(`${EMBED_PAGE}#widget=${config.widget}`);
}

const PROS_CONS: WidgetConfig = {
  widget: 'pros-cons',
  attributes: { heading: 'Social media for CPD', 'pros-label': 'Benefits', 'cons-label': 'Pitfalls' },
  pros: [{ text: 'Ideas travel fast, from anywhere in the world', weight: 2 }, { text: 'Students can talk through their learning between sessions' }],
  cons: [{ text: 'Nothing is peer reviewed', weight: 3 }, { text: 'It eats into time meant for core work' }],
};

export const ProsCons: Story = {
  name: 'Pros and cons',
  render: () => configuration(PROS_CONS),
  play: ({ canvasElement }) => rendered(canvasElement, PROS_CONS, '[role="meter"]'),
};

const LADDER: WidgetConfig = {
  widget: 'participation-ladder',
  attributes: { scale: 'tlap', heading: 'Where is co-production?', perspectives: 'Staff; People who use the service' },
};

export const ParticipationLadder: Story = {
  name: 'Participation ladder',
  render: () => configuration(LADDER),
  play: ({ canvasElement }) => rendered(canvasElement, LADDER, '[role="radio"]'),
};

const STUDY: WidgetConfig = {
  widget: 'study-feed',
  attributes: { heading: 'Connecting People', 'max-items': '2' },
  json: {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Connecting People',
    _study: { status: 'active', phase: 'Intervention development', milestones: [{ title: 'Ethnography', date: '2011-10', status: 'done' }, { title: 'Delphi consultation', date: '2012-04', status: 'planned' }] },
    items: [
      { id: '2', title: 'A manual for the intervention, then a Delphi consultation', content_text: 'We are writing down what the intervention needs.', date_published: '2011-11-10T09:00:00Z' },
      { id: '1', title: 'Consulting on the intervention model', content_text: 'We will ask workers, and the people they support, for feedback.', date_published: '2011-11-09T09:00:00Z' },
    ],
  },
};

export const StudyFeed: Story = {
  name: 'Study updates (inline JSON Feed)',
  render: () => configuration(STUDY),
  play: ({ canvasElement }) => rendered(canvasElement, STUDY, '[part~="item"]'),
};
