import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // two cores on the reference machine: keep heavy corpus tests from starving each other
    maxWorkers: 2,
  },
});
