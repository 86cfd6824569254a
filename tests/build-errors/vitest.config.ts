import { defineConfig } from 'vitest/config';

/**
 * `npm run test:build-errors`: builds small broken sites (tests/fixtures/build-errors/)
 * and checks the build fails with a short message naming the file. Kept apart
 * from the unit tests because each case runs a real Astro build (a few seconds).
 */
export default defineConfig({
  test: {
    include: ['tests/build-errors/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 60_000,
    // Two builds at a time: the machines have two cores.
    maxConcurrency: 2,
  },
});
