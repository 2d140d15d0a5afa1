/// <reference types="vite/client" />
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import { defineLiveTokens } from './support/live-tokens.js';
import { findElement, type Manifest } from './support/arg-types.js';
import { sampleWidget, type WidgetTag } from './support/theme-pages.js';

/**
 * The `--cf-*` custom properties with the values a live widget computes
 * (issue 12, item 7). Each property is a control: set one and the widget and
 * the table change together.
 */

// the descriptions come from the manifest, as in preview.ts (a generated, git-ignored file)
const manifests = import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];

const WIDGETS: readonly WidgetTag[] = ['cf-pros-cons', 'cf-participation-ladder', 'cf-study-feed'];

/** What each `--cf-*` property sets, per element, from the elements' JSDoc. */
function descriptionsOf(tag: WidgetTag): Record<string, string> {
  return Object.fromEntries((findElement(manifest, tag)?.cssProperties ?? []).map((property) => [property.name, property.description ?? '']));
}

/** Every `--cf-*` property any element documents: one control each. */
const PROPERTIES = [...new Set(WIDGETS.flatMap((tag) => Object.keys(descriptionsOf(tag))))];
const isColour = (name: string) => !/radius|gap|transition|height|width|size/.test(name);

interface Args {
  widget: WidgetTag;
  theme: 'light' | 'dark';
  [property: `--cf-${string}`]: string;
}

defineLiveTokens();

/** Counts renders: the table reads again on each, and each render's widget gets its own id (the docs page shows both stories at once). */
let revision = 0;

const meta: Meta<Args> = {
  title: 'Theming/Custom properties',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The `--cf-*` custom properties of a live widget: the value it computes for each (as written, and for a colour what it ' +
          'resolves to in the widget’s scheme), read with `getComputedStyle`. Set a property in the controls (it is set on the ' +
          'element, as a page would) and the widget and the table follow. An empty control leaves the default.',
      },
    },
  },
  args: {
    widget: 'cf-pros-cons',
    theme: 'light',
    ...Object.fromEntries(PROPERTIES.map((name) => [name, ''])),
  },
  argTypes: {
    widget: { name: 'widget', control: 'radio', options: WIDGETS, table: { category: 'page' } },
    theme: { name: 'theme', control: 'radio', options: ['light', 'dark'], table: { category: 'page' } },
    ...Object.fromEntries(PROPERTIES.map((name) => [name, { name, control: isColour(name) ? 'color' : 'text', table: { category: 'custom properties' } }])),
  },
  render: (args) => {
    const set = Object.fromEntries(PROPERTIES.filter((name) => args[name as `--cf-${string}`]).map((name) => [name, args[name as `--cf-${string}`]!]));
    revision += 1;
    const target = `sb-token-target-${revision}`;
    return html`<div class="sb-live" style="display:grid;grid-template-columns:minmax(20em,1fr) minmax(24em,1.4fr);gap:1.5em;align-items:start">
      ${sampleWidget(args.widget, { theme: args.theme, id: target, properties: set })}
      <sb-live-tokens .for=${target} .revision=${revision} .descriptions=${descriptionsOf(args.widget)}></sb-live-tokens>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const LiveValues: Story = {
  name: 'Live values',
};

export const DarkWithAccent: Story = {
  name: 'Dark, with a purple accent',
  args: { theme: 'dark', '--cf-accent': '#d7a8ff', '--cf-focus': '#d7a8ff' },
};
