// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const background = {
  group: ['@/src/background/*', '@/entrypoints/background*'],
  message: 'Only the background worker may use background code (settings store, tab state).',
};
const pages = {
  group: [
    '@/src/ui/popup/*',
    '@/src/ui/options/*',
    '@/src/ui/summary/*',
    '@/src/ui/welcome/*',
    '@/entrypoints/popup/*',
    '@/entrypoints/options/*',
    '@/entrypoints/summary/*',
    '@/entrypoints/welcome/*',
  ],
  message: 'Content scripts may not import the extension pages’ UI.',
};
const entrypoints = {
  group: ['@/entrypoints/*'],
  message: 'Entrypoints are wiring; import from src/ instead.',
};

export default tseslint.config(
  {
    ignores: ['.output/', '.wxt/', 'node_modules/', 'tests/e2e/artifacts/', 'tests/bench/results/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Never render HTML strings: build DOM or use Preact.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render HTML strings.',
        },
      ],
    },
  },
  // Context boundaries (DESIGN.md): content may not import background or page UI; UI never touches
  // the settings store, only the message client; nothing in src/ reaches into entrypoints.
  {
    files: [
      'src/content/**',
      'src/page/**',
      'src/detect/**',
      'src/ui/popover/**',
      'src/ui/record/**',
      'entrypoints/content/**',
      'entrypoints/content-screen.ts',
      'entrypoints/content-engine.ts',
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: [background, pages, entrypoints] }] },
  },
  {
    files: [
      'src/ui/**',
      'src/settings/client.ts',
      'entrypoints/popup/**',
      'entrypoints/options/**',
      'entrypoints/summary/**',
      'entrypoints/welcome/**',
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: [background, entrypoints] }] },
  },
  {
    files: ['src/knowledge/**', 'src/messaging/**', 'src/settings/**', 'src/i18n/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [background, pages, entrypoints] }] },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        performance: 'readonly',
        CSS: 'readonly',
        Node: 'readonly',
        NodeFilter: 'readonly',
        Highlight: 'readonly',
        getComputedStyle: 'readonly',
        requestAnimationFrame: 'readonly',
        MutationObserver: 'readonly',
        fetch: 'readonly',
        location: 'readonly',
        navigator: 'readonly',
        chrome: 'readonly',
        browser: 'readonly',
      },
    },
  },
);
