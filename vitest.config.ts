import { defineConfig } from 'vitest/config';

/** Suites that need a real Neo4j server: the Neo4j project's global setup provides one. */
const neo4jSuites = ['tests/contract/neo4j.test.ts', 'tests/**/*.neo4j.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The SQLite driver is native; forks isolate it cleanly and let crash tests kill children.
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/contract/**/*.test.ts'],
          // The UI's words in English, as the tests expect them (renderer/src/i18n).
          setupFiles: ['tests/support/i18n-english.ts'],
          exclude: neo4jSuites,
        },
      },
      {
        // A project of its own so that its global setup (which starts Neo4j, ~15 s) runs
        // only when one of these suites is among the tests being run.
        extends: true,
        test: {
          name: 'neo4j',
          include: neo4jSuites,
          globalSetup: ['tests/support/neo4j-server/global-setup.ts'],
          // The suites share one server and each empties its Plexus data: one file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
