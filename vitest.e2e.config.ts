import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium and Firefox ESR. One file at a time:
// two browsers on two cores is the most this machine takes without timing noise.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60000,
    hookTimeout: 120000,
    fileParallelism: false,
    // Real browsers on a shared two-core machine: a test that failed from a stall gets one more
    // try. It must pass in full on that try; nothing is asserted less.
    retry: 1,
    globalSetup: ['tests/e2e/support/global-setup.ts'],
  },
});
