import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node (and so `npm start`) loads graphql's CommonJS build; Vite would pick its ES build for
    // our sources while libraries still get the CommonJS one, and graphql refuses types from two
    // copies of itself. One copy in tests, as in production.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.test.ts', 'tools/**/*.test.ts'],
    // Each API test file starts its own server and database; two at a time suits a 2-core machine.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
