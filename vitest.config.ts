import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    // Property tests and the MDX pipeline take a few seconds on a busy 2-core machine;
    // timing is never asserted (benchmarks print it), so a generous timeout only avoids false failures.
    testTimeout: 30_000,
  },
});
