import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig, type EntrypointGroup } from 'wxt';
import { knowledgeBasePlugin } from './scripts/kb-plugin.ts';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/**
 * The OCR engine's files, copied from node_modules into the build's `ocr/` folder (never committed,
 * never fetched): tesseract.js's worker script, one WebAssembly core (SIMD, LSTM only: every
 * browser the extension supports has SIMD) and the English LSTM model. src/ocr/tesseract.ts is
 * always given these paths. Their licences travel with them.
 */
export const OCR_FILES = [
  { from: join(packageDir('tesseract.js'), 'dist/worker.min.js'), to: 'ocr/worker.min.js' },
  { from: join(packageDir('tesseract.js-core'), 'tesseract-core-simd-lstm.wasm.js'), to: 'ocr/tesseract-core-simd-lstm.wasm.js' },
  { from: join(packageDir('@tesseract.js-data/eng'), '4.0.0_best_int/eng.traineddata.gz'), to: 'ocr/eng.traineddata.gz' },
  { from: join(packageDir('tesseract.js'), 'LICENSE.md'), to: 'ocr/LICENSE-tesseract.js.md' },
  { from: join(packageDir('tesseract.js-core'), 'LICENSE'), to: 'ocr/LICENSE-tesseract.js-core.txt' },
];

// The manifest is assembled here; permissions are documented in the README and
// checked against the built manifests by tests/e2e/manifest.test.ts.
export default defineConfig({
  modules: ['@wxt-dev/module-svelte', '@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [knowledgeBasePlugin()] }),
  hooks: {
    // Each extension page is bundled on its own, with only the code it runs: bundled together they
    // share chunks, and the popup, opened on every click, would load the options page's code too.
    'entrypoints:grouped': (_, groups) => {
      const apart = groups.flatMap((group): EntrypointGroup[] => (Array.isArray(group) ? group.map((page) => [page]) : [group]));
      groups.splice(0, groups.length, ...apart);
    },
    'build:publicAssets': (_wxt, files) => {
      files.push(...OCR_FILES.map(({ from, to }) => ({ absoluteSrc: from, relativeDest: to })));
    },
    // browser.runtime.getURL knows them as the extension's own files.
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push('ocr', ...OCR_FILES.map(({ to }) => to));
    },
  },
  // `npm run zip`: one package per store (.output/needle-safe-<version>-chrome.zip, also for Edge;
  // -firefox.zip) and, for Firefox, the sources archive its reviewers rebuild the package from:
  // exactly what the build reads, with the README's build steps, and nothing else.
  zip: {
    includeSources: [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'entrypoints/**',
      'src/**',
      'data/**',
      'locales/**',
      'public/**',
      'scripts/env.sh',
      'scripts/kb-plugin.ts',
      'scripts/kb-sources.ts',
    ],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'alarms', 'notifications'],
    // Sites beyond the supported shops, and a shop's image host when the person asks to read one
    // of its pictures: granted one by one, never up front.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The default policy plus 'wasm-unsafe-eval', which the OCR engine's WebAssembly needs.
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'needle-safe@needle-safe.app',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
