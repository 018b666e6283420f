import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in Debian's Chromium. One file at a time (each launches a
// browser with its own profile); run after `wxt build`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    // REQUIRE_CORPUS=1 (CI): no run passes without ../shared/corpus.
    globalSetup: ['tests/corpus.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
