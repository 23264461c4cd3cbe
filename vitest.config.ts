import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/build.ts'],
    setupFiles: ['tests/setup/properties.ts'],
    testTimeout: 30_000,
  },
});
