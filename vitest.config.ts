import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Tests that start the real binary or git need more than the default 5 s on a loaded 2-core machine.
    testTimeout: 30_000,
    // Removing a 10,000-account temp book after the import test can take more than 10 s there too.
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
