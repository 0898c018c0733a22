import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Tests that start the real binary or git need more than the default 5 s on a loaded 2-core machine.
    testTimeout: 30_000,
    pool: 'forks',
  },
});
