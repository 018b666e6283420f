import { defineConfig } from 'vitest/config';

// End-to-end tests in Debian's firefox-esr: the built Firefox MV3 extension (run `wxt build -b
// firefox --mv3` first). One file at a time; each launches its own browser and profile.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
