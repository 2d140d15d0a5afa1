// Lint: TypeScript rules, Lit template rules (eslint-plugin-lit) and custom
// element rules (eslint-plugin-wc). lit-analyzer runs after eslint for
// binding types (see the "lint" script).
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'site/', 'node_modules/', 'custom-elements.json', 'coverage/'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { lit, wc },
    languageOptions: { globals: { ...globals.browser } },
    settings: { wc: { elementBaseClasses: ['LitElement', 'CfElement', 'CfFormElement'] } },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...wc.configs['best-practice'].rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // define() is guarded in the base class; the rule cannot see through it
      'wc/guard-define-call': 'off',
      // LitElement always implements connectedCallback, so the guard is noise
      'wc/guard-super-call': 'off',
      // the element registry is declared per element file
      'wc/tag-name-matches-class': 'off',
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
);
