// ESLint: TypeScript and Svelte rules, plus the import boundary that keeps models and core pure.
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

const pureLayerImports = {
  patterns: [
    { group: ['svelte', 'svelte/*'], message: 'Models and core must not import Svelte.' },
    { group: ['three', 'three/*'], message: 'Models and core must not import three.js.' },
    { group: ['d3', 'd3-*'], message: 'Models and core must not import D3.' },
    { group: ['comlink'], message: 'Models and core must not import comlink (workers wrap models).' },
    { group: ['**/app/**', '**/app', '**/viz/**', '**/viz', '**/workers/**', '**/*.svelte'], message: 'Models and core must not import the app, the views or the workers.' },
  ],
};

// App code, workers, the CLI and exports use a model only through its public index
// (src/models/<model>/index.ts) or the registry, never its internal files.
const publicModelImports = {
  patterns: [
    {
      regex: '^(\\.\\./)+(src/)?models/[^/]+/.+',
      message: "Import a model's public index ('…/models/<model>'), not its internal files; export what you need from its index.ts.",
    },
  ],
};

// Colour values are written once, in src/viz/colors.ts: a hex colour in app or view code (a whole
// string, or inside one as in "var(--x, #fff)") is an error elsewhere. CSS in <style> is not code.
const HEX = '#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3,4})';
const hexColourLiterals = [
  { selector: `Literal[value=/^${HEX}$/]`, message: 'Take colours from src/viz/colors.ts, not as hex literals.' },
  { selector: `Literal[value=/[\\s(,]${HEX}\\b/]`, message: 'Take colours from src/viz/colors.ts, not as hex literals.' },
  { selector: `TemplateElement[value.raw=/(^|[\\s(,"=])${HEX}\\b/]`, message: 'Take colours from src/viz/colors.ts, not as hex literals.' },
];

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-results/', '.stryker-tmp*/', 'reports/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, __APP_VERSION__: 'readonly', __GIT_COMMIT__: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    files: ['src/models/**/*.ts', 'src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': ['error', pureLayerImports],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'self', 'navigator', 'localStorage', 'sessionStorage', 'postMessage', 'importScripts', 'location'].map((name) => ({
          name,
          message: 'Models and core must not touch the DOM or worker globals.',
        })),
      ],
    },
  },
  {
    files: ['src/app/**/*.ts', 'src/app/**/*.svelte', 'src/viz/**/*.ts', 'src/export/**/*.ts', 'src/cli/**/*.ts', 'src/cli.ts', 'workers/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', publicModelImports] },
  },
  {
    files: ['src/app/**/*.ts', 'src/app/**/*.svelte', 'src/viz/**/*.ts'],
    ignores: ['src/viz/colors.ts'],
    rules: { 'no-restricted-syntax': ['error', ...hexColourLiterals] },
  },
);
