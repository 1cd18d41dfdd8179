// npm run mutate: mutation testing of the pure helpers (src/lib) and the access rules (src/access) against the unit
// tests. Slow (minutes to tens of minutes on two cores), so not part of CI; its latest score is written down in
// docs/mutation-testing.md. `npm run mutate -- --mutate 'src/access/**/*.ts'` narrows it to some files.

const DEFAULT_FILES = [
  'src/lib/**/*.ts',
  'src/access/**/*.ts',
  // Tables of words and names, not logic: every string of them would be a mutant no test could sensibly kill.
  '!src/lib/i18n/messages.ts',
  '!src/lib/i18n/countries.ts',
  '!src/lib/time/timezones.ts',
  '!src/lib/time/zone-names.ts',
]

export default {
  testRunner: 'jest',
  jest: { projectType: 'custom', configFile: 'tests/unit/jest.config.mjs', enableFindRelatedTests: true },
  testRunnerNodeArgs: ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning'],
  mutate: DEFAULT_FILES,
  // Each mutant runs the unit test files that import its file (perTest coverage misattributes under Jest's ESM mode).
  coverageAnalysis: 'off',
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['/.next', '/data', '/media', '/test-results', '/reports', '/backups', '/docs', '/deploy'],
  cleanTempDir: 'always',
}
