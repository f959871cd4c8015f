// @ts-check
// ESLint (npm run lint): typescript-eslint's `recommended` on the element's TypeScript (src/), @eslint/js's
// `recommended` on the plain JavaScript (protocol/, server/, emulator/, scripts/), and eslint-plugin-lit's
// `recommended` on the Lit templates in src/. Globals are set per runtime: the browser for src/, Node for server/,
// emulator/ and scripts/, and only what both have for protocol/, which runs in both.
//
// Lit templates: eslint-plugin-lit rather than lit-analyzer. lit-analyzer 2.0.3 (Dec 2024, the latest) pulls in its
// own TypeScript 5.2 through web-component-analyzer instead of the pinned 5.9, and its HTML/CSS data is old enough to
// flag valid code here (autocomplete="one-time-code", the CSS property color-scheme). eslint-plugin-lit runs inside
// this same ESLint pass, on typescript-eslint's parser (so on the project's TypeScript), and needs no second tool.
//
// test/ is linted leniently: the same recommended sets, but with both Node and browser globals for the Node-side
// suites and helpers (they hand callbacks to page.evaluate), and without no-unused-expressions (chai's
// `expect(x).to.exist`). Not linted: demo/ and examples/ (sample code, outside this check's brief), build output.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'coverage/', '.bench/', 'test-results/', '.tmp/', 'docs/', 'demo/', 'examples/', 'reports/', '.stryker-tmp/']),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  // The element: browser TypeScript.
  {
    files: ['src/**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended, lit.configs['flat/recommended']],
    languageOptions: { globals: globals.browser },
    rules: {
      // Not in `recommended`, but it keeps `npm run cycles` honest: under verbatimModuleSyntax,
      // `import { type A } from './a.js'` still compiles to `import {} from './a.js'`, a runtime import, while madge
      // (skipTypeImports) counts it as type-only. `import type { A }` is dropped for real.
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },

  // Shared by the element and the server: only globals that both the browser and Node have.
  {
    files: ['protocol/**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals['shared-node-browser'] },
  },

  // Node: the server handler, the emulator, the scripts and the root config files.
  {
    files: ['server/**/*.js', 'emulator/**/*.js', 'scripts/**/*.{js,mjs,cjs}', '*.config.{js,mjs}'],
    ignores: ['scripts/build/**'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  // Scripts that hand functions to a browser (page.evaluate, page.addInitScript), which run in the page: the browser's
  // globals on top of Node's.
  {
    files: ['scripts/screenshots.mjs', 'scripts/bench/probe.mjs', 'scripts/bench/layout-shift.mjs'],
    languageOptions: { globals: globals.browser },
  },
  // Stand-ins for modules of the auth0-js browser bundle (aliased in vite.config.ts): browser code, not Node.
  {
    files: ['scripts/build/**/*.{js,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.browser },
  },

  // Tests, leniently (see the top).
  {
    files: ['test/**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended, lit.configs['flat/recommended']],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['test/**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
