import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import { schemesSideBySide } from './support/theme-pages.js';
import { described } from './support/story-helpers.js';

/**
 * Each widget in light, dark and forced colours, side by side (issue 12,
 * item 7), for checking a colour change in all three at once.
 */
const meta: Meta = {
  title: 'Theming/Light, dark and forced colours',
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Each widget three times: with `theme="light"`, with `theme="dark"`, and in **forced colours (simulated)**. ' +
          'A page cannot switch the browser into forced colours (Windows High Contrast), so the third column adopts the widget’s own ' +
          '`@media (forced-colors: active)` rules without their condition: the system colours they name ' +
          '(`Canvas`, `CanvasText`, `LinkText`, `Highlight`, `ButtonFace` …) then take the browser’s default palette, as a white high-contrast theme would. What the browser itself ' +
          'forces on top (replacing every colour that has not opted out with `forced-color-adjust: none`) is not shown: check that with ' +
          'Windows High Contrast, or with Chrome DevTools’ Rendering panel, "Emulate CSS media feature forced-colors".',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const ProsCons: Story = {
  name: 'Pros and cons',
  render: () => schemesSideBySide('cf-pros-cons'),
  parameters: described('Two benefits and two pitfalls, weights as the author set them.'),
};

export const Ladder: Story = {
  name: 'Participation ladder',
  render: () => schemesSideBySide('cf-participation-ladder'),
  parameters: described('The Think Local Act Personal ladder with now (Consultation) and aim (Co-production) marked.'),
};

export const StudyCard: Story = {
  name: 'Study card',
  render: () => schemesSideBySide('cf-study-feed'),
  parameters: described('A study card from an inline JSON Feed: status, two updates, milestones and a follow link.'),
};
