import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // End-to-end tests start the built command, which takes about a second each.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
