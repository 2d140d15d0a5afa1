import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for the critical-friend elements.
 *
 * Decorators: the elements use Lit's legacy decorators (`experimentalDecorators`
 * and `useDefineForClassFields: false` in the root tsconfig.json). Vite's
 * TypeScript transform reads the nearest tsconfig.json of each file, so the
 * sources under src/ are compiled with those settings; keep tsconfig.json at
 * the package root (TC39 decorators would be left untranspiled and fail in
 * the browser).
 *
 * Docs: `npm run storybook` and `npm run storybook:build` run `cem analyze`
 * first, so custom-elements.json is fresh when preview.ts reads it.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  // Storybook's own UI chunks (docs renderer, axe) are large; ours are not
  viteFinal: (viteConfig) => ({ ...viteConfig, build: { ...viteConfig.build, chunkSizeWarningLimit: 1500 } }),
};

export default config;
