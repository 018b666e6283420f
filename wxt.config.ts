import { defineConfig, type EntrypointGroup } from 'wxt';
import { knowledgeBasePlugin } from './scripts/kb-plugin.ts';

// The manifest is assembled here; permissions are documented in the README and
// checked against the built manifests by tests/unit/manifest.test.ts.
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
  },
  // `npm run zip`: one package per store (.output/needle-safe-<version>-chrome.zip, also for Edge;
  // -firefox.zip) and, for Firefox, the sources archive its reviewers rebuild the package from:
  // exactly what the build reads, with the README's build steps, and nothing else.
  zip: {
    includeSources: [
      'package.json', 'package-lock.json', 'tsconfig.json', 'wxt.config.ts', 'README.md', 'LICENSE', 'CHANGELOG.md',
      'entrypoints/**', 'src/**', 'data/**', 'locales/**', 'public/**',
      'scripts/env.sh', 'scripts/kb-plugin.ts', 'scripts/kb-sources.ts',
    ],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'alarms', 'notifications'],
    // Sites beyond the supported shops: granted one by one from the popup, never up front.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
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
