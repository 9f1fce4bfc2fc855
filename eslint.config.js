import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layer rules of ARCHITECTURE.md as lint rules, so a wrong import fails `npm run lint`:
 * - graph-schema imports neither electron/ nor renderer/ nor Node built-ins;
 * - renderer/ never imports electron/ (nor the 'electron' package);
 * - only renderer/src/chart imports Cytoscape;
 * - only electron/main and electron/preload import 'electron'.
 */
const noElectronPackage = {
  name: 'electron',
  message: "Only electron/main and electron/preload may import 'electron'.",
};
const cytoscapePattern = {
  regex: '^cytoscape',
  message: 'Only renderer/src/chart may import Cytoscape.',
};
const electronDirPattern = {
  regex: '(^|/)electron(/|$)',
  message: 'The renderer never imports electron/: go through renderer/src/bridge.',
};
const rendererDirPattern = {
  regex: '(^|/)renderer(/|$)',
  message: 'Nothing imports renderer/.',
};
/** The renderer's code runs in a browser: no Node built-ins. */
const noNodeBuiltins = { regex: '^node:', message: 'The renderer runs in a browser.' };

/** Blueprint's select says "Open dropdown" in English: renderer/src/ui/HTMLSelect passes the UI's words. */
const blueprintSelect = {
  name: '@blueprintjs/core',
  importNames: ['HTMLSelect'],
  message: 'Use HTMLSelect from renderer/src/ui/HTMLSelect: its words follow the UI language.',
};

/**
 * Issue 13 (Plexus in Japanese): folders whose every user-visible string comes from the message
 * catalogue (renderer/src/i18n). Converting a folder? Append it here; lint then fails on any
 * string it shows that is not in the catalogue (renderer/src/i18n/README.md says how).
 */
const translatedFolders = [
  'renderer/src/app/**',
  'renderer/src/ui/**',
  'renderer/src/features/main/**',
  'renderer/src/features/start/**',
  'renderer/src/features/unsaved/**',
  'renderer/src/features/files/**',
  'renderer/src/features/search/**',
  'renderer/src/features/dialogs/**',
  'renderer/src/features/forms/**',
  'renderer/src/features/inspector/**',
  'renderer/src/features/actions.ts',
  'renderer/src/features/export/**',
  'renderer/src/features/import/**',
  'renderer/src/features/charts/**',
  'renderer/src/features/chart/**',
  'renderer/src/features/chart-style/**',
  'renderer/src/features/chart-export/**',
  'renderer/src/stores/**',
  'renderer/src/features/analysis/**',
];

/** JSX text and the attributes a person reads or hears; class names, ids, test ids, keys are code. */
const noLiteralString = {
  mode: 'jsx-only',
  'jsx-attributes': {
    include: [
      'title',
      'placeholder',
      'aria-label',
      'aria-description',
      'alt',
      'label',
      'text',
      'content',
      'message',
      'helperText',
      'htmlTitle',
      'confirmButtonText',
      'cancelButtonText',
    ],
  },
  words: {
    // Punctuation and numbers, constants, and names that are the same in every language.
    exclude: ['[0-9!-/:-@[-`{-~ ·…—–“”‘’]+', '[A-Z_-]+', '(Ctrl|Shift|Alt)\\+.+', 'Plexus', 'Neo4j'],
  },
  // The plugin's own list, plus form-field helpers whose first argument is a field's name.
  callees: {
    exclude: ['i18n(ext)?', 't', 'require', 'addEventListener', 'removeEventListener', 'includes', 'field'],
  },
};

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'dist/**', 'release/**', 'test-results/**', 'playwright-report/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': [
        'error',
        { paths: [noElectronPackage], patterns: [cytoscapePattern, rendererDirPattern] },
      ],
    },
  },
  {
    files: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [cytoscapePattern, rendererDirPattern] }],
    },
  },
  {
    // Tests import the code they test, renderer included; the other layer rules still hold.
    files: ['tests/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectronPackage], patterns: [cytoscapePattern] }],
    },
  },
  {
    files: ['tests/e2e-electron/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [cytoscapePattern] }] },
  },
  {
    files: ['graph-schema/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectronPackage],
          patterns: [
            cytoscapePattern,
            rendererDirPattern,
            { regex: '(^|/)electron(/|$)', message: 'graph-schema depends on nothing of ours.' },
            { regex: '^node:', message: 'graph-schema is pure: it runs in the renderer too.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectronPackage, blueprintSelect],
          patterns: [cytoscapePattern, electronDirPattern, noNodeBuiltins],
        },
      ],
    },
  },
  {
    // Features reach the backend only through the stores (ARCHITECTURE.md: how data flows).
    files: ['renderer/src/features/**'],
    ignores: [
      // Picking a file to import still asks the backend directly; the browser-mode upload
      // work is moving it into the import store.
      'renderer/src/features/import/FileStep.tsx',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectronPackage, blueprintSelect],
          patterns: [
            cytoscapePattern,
            electronDirPattern,
            noNodeBuiltins,
            {
              // The API object and its transport; the bridge's file helpers (native dialogs,
              // uploads, downloads) are browser facilities, not backend calls.
              regex: '(^|/)bridge(/(index|client|transport))?$',
              message: 'Features reach the backend through the stores, never the bridge API.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/chart/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectronPackage],
          patterns: [electronDirPattern, noNodeBuiltins],
        },
      ],
    },
  },
  {
    files: ['renderer/src/ui/HTMLSelect.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectronPackage],
          patterns: [cytoscapePattern, electronDirPattern, noNodeBuiltins],
        },
      ],
    },
  },
  {
    files: translatedFolders,
    plugins: { i18next },
    rules: { 'i18next/no-literal-string': ['error', noLiteralString] },
  },
);
