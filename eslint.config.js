import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** Each layer may import only what lies below it (STYLE.md: data flows one way). */
const LAYER_ZONES = [
  {
    target: './src/engine',
    from: './src',
    except: ['./engine'],
    message: 'src/engine is pure: it imports nothing of the app.',
  },
  {
    target: './src/url',
    from: ['./src/state', './src/ui', './src/worker', './src/cli', './src/app'],
  },
  {
    target: './src/worker',
    from: ['./src/state', './src/ui', './src/url', './src/cli', './src/app'],
  },
  // The worker types the run state holds are still read from src/worker; url and ui never.
  {
    target: './src/state',
    from: ['./src/ui', './src/cli', './src/url', './src/app'],
    message: 'state imports no ui, url or boot wiring (src/app does the wiring).',
  },
  { target: './src/ui', from: ['./src/app'], message: 'boot (src/app) sits above the ui.' },
  { target: './src/cli', from: ['./src/state', './src/ui', './src/worker', './src/app'] },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-ignore': true, 'ts-expect-error': 'allow-with-description' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-nested-ternary': 'error',
    },
  },
  {
    // The engine is pure: it imports nothing but decimal.js, zod and its own modules, and touches
    // no DOM, worker or Node API. Everything else in the app depends on it, never the reverse.
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!(decimal\\.js|zod(/.*)?|\\./.*)$)',
              message: 'src/engine is pure: import only decimal.js, zod or ./engine modules.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'self',
          'globalThis',
          'process',
          'navigator',
          'localStorage',
          'postMessage',
          'fetch',
          'require',
          'Buffer',
          'performance',
          'console',
        ].map((name) => ({
          name,
          message: 'src/engine is pure: no DOM, worker or Node APIs.',
        })),
      ],
    },
  },
  {
    // Engine subfolders (src/engine/risk) may also import the engine's own modules one level up,
    // but nothing further out: the same purity rule, one directory deeper.
    files: ['src/engine/*/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!(decimal\\.js|zod(/.*)?|\\./.*|\\.\\./[^./][^/]*)$)',
              message:
                'src/engine is pure: import only decimal.js, zod, ./ modules or the engine one level up.',
            },
          ],
        },
      ],
    },
  },
  {
    // zod only through src/engine/zod.ts, which makes it jitless: its default compiles parsers
    // with new Function, which the Content-Security-Policy refuses (and reports).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/engine/zod.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod',
              message: 'Import z from src/engine/zod.ts (jitless: no eval under the CSP).',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // The fences: wrong-way imports and import cycles fail the lint; type-aware checks catch
    // promises nobody awaits and switches that miss a case.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
    },
  },
  {
    // Only the engine's public face may be imported from outside it.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)engine/(?!index$).+',
              message: 'Import the engine through src/engine/index.ts.',
            },
          ],
        },
      ],
    },
  },
);
