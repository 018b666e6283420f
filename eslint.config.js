// ESLint finds mistakes; Prettier alone decides the layout (eslint-config-prettier comes last).
// `npm run lint` runs both and fails on any warning; `npm test` counts it as one check.
//
// typescript-eslint's strictTypeChecked reads the types (projectService: tsconfig.json, .svelte too) for
// what the compiler lets through: a promise nobody awaits or handed to a caller that ignores it, an
// `any` leaking from JSON.parse or a library, a value printed as "[object Object]". Added: a switch over
// a union must name every case; type-only imports say so and leave no empty import behind;
// return-await inside try (else the catch misses the rejection); prefer-nullish-coalescing and
// prefer-includes. Off or eased, because what they found here was noise:
// - no-unnecessary-condition: page readers and migrations check what their types call certain (a shop's
//   page, a profile stored by an older version), and tests' teardown what setup may not have made;
// - no-confusing-void-expression: `() => setTimeout(…)` is a style, not a mistake;
// - restrict-template-expressions lets numbers, booleans and a missing value print (objects, `any` fail);
// - prefer-nullish-coalescing keeps `||` on strings and booleans: an empty text read from a page falls
//   through to the next source on purpose;
// - require-await in tests: a fake of an async API is `async () => value`.
// Left out of the stylistic set: prefer-optional-chain and prefer-string-starts-ends-with, whose
// rewrites here would blur `x === null ||` checks or read an empty first letter differently.
// Svelte: eslint-plugin-svelte's recommended rules, less require-each-key: each list is drawn anew from
// a reading, never reordered in place, and a label may name an ingredient twice (a key would crash).
// ESLint's TypeScript program sees an imported component's props as `any` (svelte-check types them),
// so the no-unsafe-* rules, which would flag every callback prop, apply to .ts files only.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';

export default defineConfig(
  { ignores: ['.output/', '.wxt/', 'coverage/', 'test-results/', 'tests/e2e/pages/'] },
  js.configs.recommended,
  ts.configs.strictTypeChecked,
  svelte.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.svelte'] },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { args: 'after-used', argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/prefer-includes': 'error',
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true, boolean: true } }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true, allowNullish: true, allowRegExp: true }],
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  {
    files: ['**/*.svelte'],
    languageOptions: { parserOptions: { parser: ts.parser } },
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      'svelte/require-each-key': 'off',
    },
  },
  { files: ['tests/**'], rules: { '@typescript-eslint/require-await': 'off' } },
  // Plain JavaScript (this file, dependency-cruiser's) is outside the TypeScript project.
  { files: ['**/*.js', '**/*.mjs'], extends: [ts.configs.disableTypeChecked] },
  { files: ['src/**', 'entrypoints/**'], languageOptions: { globals: globals.browser } },
  { files: ['scripts/**', 'tests/**', '*.config.*', '.dependency-cruiser.mjs'], languageOptions: { globals: globals.node } },
  prettier,
);
