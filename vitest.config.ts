import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    // Native SQLite and loopback sockets: forks keep better-sqlite3 out of worker threads.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
