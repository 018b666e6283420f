import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { knowledgeBasePlugin } from './scripts/kb-plugin.ts';

// Unit, property and fixture tests (Node; jsdom per file where a DOM is needed). End-to-end tests
// have their own config (vitest.e2e.config.ts).
export default defineConfig({
  plugins: [WxtVitest(), knowledgeBasePlugin()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    // REQUIRE_CORPUS=1 (CI): no run passes without ../shared/corpus.
    globalSetup: ['tests/corpus.ts'],
    mockReset: true,
    restoreMocks: true,
    testTimeout: 30_000,
  },
});
