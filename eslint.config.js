import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** What no part of the content script may import: it runs in the reader's pages. */
const CONTENT_PATHS = [
  { name: 'dexie', message: 'The content script never opens IndexedDB: it would belong to the page.' },
  { name: 'react', message: 'Keep the content script small: no React in it.' },
  { name: 'react-dom', message: 'Keep the content script small: no React in it.' },
];
const CONTENT_PATTERNS = [
  { group: ['**/storage/**'], message: 'The content script talks to the background, not to the database.' },
  { group: ['**/components/**'], message: 'The content script uses no UI components; the background words its cards.' },
  {
    group: ['**/messages/protocol', '**/extension/messaging', '**/dataset/**', '**/analyze/**'],
    allowTypeImports: true,
    message: "The content script checks messages with lib/messages/page-protocol: the dataset and analysis schemas are the background's and the popup's.",
  },
];

/** Modules that only the extension's own contexts may use. */
const browserOnly = ['wxt/browser', 'wxt/utils/*', '#imports'];

/**
 * Arrows point one way: entrypoints → components → lib. The core pipeline in lib
 * knows no DOM, no extension API and no Node; DOM helpers and Node tooling live in
 * their own lib folders.
 */
export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/node/**', 'lib/storage/**', 'lib/extension/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/entrypoints/**', '**/components/**'], message: 'lib/ must not import from entrypoints or components.' },
            { group: [...browserOnly, 'node:*', 'jsdom', 'fs', 'path'], message: 'lib/ core is pure: no extension API and no Node here.' },
            { group: ['**/node/**', '**/storage/**', '**/extension/**'], message: 'lib/ core must not reach into Node tooling, the database or the extension API.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'browser', 'chrome', 'indexedDB', 'localStorage', 'navigator'],
    },
  },
  {
    files: ['lib/content/**/*.ts', 'lib/paint/**/*.ts'],
    // DOM helpers receive their document as a parameter.
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'browser', 'chrome', 'indexedDB'] },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/entrypoints/**'], message: 'components/ must not import entrypoints.' }] },
      ],
    },
  },
  {
    // Building the dataset schema cost every popup opening a few milliseconds before its first render,
    // which never uses it: the database chunk, loaded after that render, brings it.
    files: ['entrypoints/popup/**/*.{ts,tsx}', 'components/popup/**/*.{ts,tsx}', 'lib/analyze/types.ts', 'lib/messages/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/dataset/schema'],
              allowTypeImports: true,
              message: "The popup's first render needs no dataset schema: take the format's word lists from lib/dataset/vocabulary.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['entrypoints/content/**/*.ts', 'entrypoints/content-lens/**/*.ts', 'entrypoints/content-fallback/**/*.ts'],
    rules: {
      // Type imports are erased; a value import puts its module's code on the pages the reader opens.
      '@typescript-eslint/no-restricted-imports': ['error', { paths: CONTENT_PATHS, patterns: CONTENT_PATTERNS }],
    },
  },
  {
    // The gate is evaluated on every page: the lens, zod and Readability load only where needed.
    files: ['entrypoints/content/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            ...CONTENT_PATHS,
            { name: 'zod/mini', message: 'The gate loads on every page: checking messages is the lens\'s work.', allowTypeImports: true },
            { name: '@mozilla/readability', message: 'The gate loads on every page: Readability is the lens\'s.' },
          ],
          patterns: [
            ...CONTENT_PATTERNS,
            {
              group: ['**/content-lens/**', '**/messages/page-protocol', '**/settings/schema', '**/content/extract-main-content', '**/paint/card'],
              allowTypeImports: true,
              message: 'The gate loads on every page: this belongs to the lens (entrypoints/content-lens), which the gate imports when a page may be deal coverage.',
            },
          ],
        },
      ],
    },
  },
);
