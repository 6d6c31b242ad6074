import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in real Chromium and Firefox, one file at a time. */
export default defineConfig({
  resolve: { alias: { '@': new URL('.', import.meta.url).pathname } },
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    globalSetup: ['tests/e2e/support/global-setup.ts'],
  },
});
