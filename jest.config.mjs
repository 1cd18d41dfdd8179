/**
 * One jest run, several projects: pure helpers, the integration suite once per database, the browser tests.
 * The PostgreSQL and MongoDB runs of the integration suite exist when TEST_POSTGRES_URI / TEST_MONGODB_URI
 * are set (scripts/test.mjs says loudly when they are not).
 */
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        transform: { react: { runtime: 'automatic' } },
        target: 'es2022',
      },
      module: { type: 'es6' },
    },
  ],
}

const common = {
  transform,
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@payload-config$': '<rootDir>/payload.config.ts',
  },
  testEnvironment: 'node',
  // Lexical's "node" entry points load with top-level await, which deadlocks at random on Node 20;
  // "production" comes first in their export maps (see scripts/node-options.mjs).
  testEnvironmentOptions: { customExportConditions: ['node', 'node-addons', 'production'] },
}

const integration = (name, setupFile) => ({
  ...common,
  displayName: `int:${name}`,
  testMatch: ['<rootDir>/tests/int/**/*.test.ts', '<rootDir>/tests/hostile/**/*.test.ts'],
  setupFiles: [`<rootDir>/tests/setup/${setupFile}`],
})

/** The pure helpers' tests: also what `npm run mutate` runs against each mutant (stryker.config.mjs). */
export const unitProject = { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] }

const projects = [unitProject, integration('sqlite', 'sqlite.ts')]
if (process.env.TEST_POSTGRES_URI) {
  projects.push(integration('postgres', 'postgres.ts'))
  // Cuts its own database's connections: PostgreSQL only (SQLite is a file in the process).
  projects.push({
    ...common,
    displayName: 'fault:postgres',
    testMatch: ['<rootDir>/tests/fault/**/*.test.ts'],
    setupFiles: ['<rootDir>/tests/setup/postgres.ts'],
  })
}
if (process.env.TEST_MONGODB_URI) projects.push(integration('mongodb', 'mongodb.ts'))
if (process.env.TEST_E2E !== 'false') {
  projects.push({
    ...common,
    displayName: 'e2e',
    testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
    globalSetup: '<rootDir>/tests/e2e/global-setup.mjs',
    globalTeardown: '<rootDir>/tests/e2e/global-teardown.mjs',
  })
}

export default {
  projects,
  testTimeout: 60_000,
  forceExit: true,
  // Every test file loads Payload and Next afresh in its own module registry, and what they leave behind is
  // not all freed: run in one process (what Jest picks on two cores), the suite once grew past Node's 4 GB heap
  // after ~19 minutes. A worker that holds more than this after a file is replaced by a fresh one (at 1 GB the restarts added ~4 minutes).
  workerIdleMemoryLimit: '2GB',
}
