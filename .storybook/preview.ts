/// <reference types="vite/client" />
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { argTypesFromManifest, type Manifest } from '../stories/support/arg-types.js';

/*
 * Autodocs read attributes, properties, events, slots, CSS custom properties
 * and CSS parts from the Custom Elements Manifest that `cem analyze` writes to
 * the package root (the storybook scripts run it first). It is a generated,
 * git-ignored file, so it is picked up with a glob: a missing manifest gives a
 * warning instead of a failed typecheck or build.
 */
const manifests = import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
// the component descriptions still come from Storybook's reader; the tables come from ours (parameters below)
if (manifest) setCustomElementsManifest(manifest);
else console.warn('custom-elements.json is missing, so the docs have no attribute tables. Run `npx cem analyze` (npm run storybook does it for you).');

/** Widths a designer wants to check: the narrow phone column up to a wide desktop layout. */
const WIDTHS = ['auto', '320', '480', '768', '1280'] as const;

/** Puts the story in a container of the width chosen in the toolbar ("auto" leaves it alone). */
const withWidth: Decorator = (story, context) => {
  const width = String(context.globals['width'] ?? 'auto');
  if (width === 'auto') return story();
  return html`<div class="sb-width-frame" style=${styleMap({ inlineSize: `${width}px`, maxInlineSize: '100%', outline: '1px dashed #8a8f98', outlineOffset: '4px' })}>${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withWidth],
  globalTypes: {
    width: {
      description: 'Width of the container around the widget',
      toolbar: {
        title: 'Width',
        icon: 'ruler',
        items: WIDTHS.map((value) => ({ value, title: value === 'auto' ? 'Full width' : `${value} px` })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    width: 'auto',
    backgrounds: { value: 'page' },
  },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    backgrounds: {
      options: {
        page: { name: 'White page', value: '#ffffff' },
        tint: { name: 'Tinted page', value: '#f4f1ea' },
        dark: { name: 'Dark page', value: '#15181c' },
      },
    },
    // run axe on every story; in test runs (e.g. the Vitest addon) a violation fails the story
    a11y: { test: 'error' },
    docs: {
      toc: true,
      // one row per attribute, grouped for designers, instead of Storybook's attribute + property twins
      extractArgTypes: (tagName: string) => argTypesFromManifest(manifest, tagName),
    },
  },
};

export default preview;
