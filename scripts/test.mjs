#!/usr/bin/env node
// npm test: the whole suite in one jest run — unit, integration on SQLite (and on PostgreSQL / MongoDB when
// TEST_POSTGRES_URI / TEST_MONGODB_URI are set), and the browser tests against the production build.
// Extra arguments go to jest: npm test -- --selectProjects unit
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

const notes = []
if (!process.env.TEST_POSTGRES_URI)
  notes.push(
    'PostgreSQL run of the integration suite: OFF (set TEST_POSTGRES_URI=postgres://postgres@127.0.0.1:5432/test)',
  )
if (!process.env.TEST_REDIS_URL) notes.push('Redis-backed counters: OFF (set TEST_REDIS_URL=redis://127.0.0.1:6379)')
if (!process.env.TEST_MONGODB_URI)
  notes.push(
    'MongoDB run of the integration suite: OFF (set TEST_MONGODB_URI=mongodb://127.0.0.1:27017/?replicaSet=rs0)',
  )
for (const note of notes) console.log(`>>> ${note}`)

fs.mkdirSync('test-results', { recursive: true })
const resultFile = 'test-results/jest.json'
fs.rmSync(resultFile, { force: true })

const run = spawnSync(
  process.execPath,
  ['node_modules/jest/bin/jest.js', '--json', `--outputFile=${resultFile}`, ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_OPTIONS: [process.env.NODE_OPTIONS, '--experimental-vm-modules', '--no-warnings=ExperimentalWarning']
        .filter(Boolean)
        .join(' '),
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
)

if (fs.existsSync(resultFile)) {
  const r = JSON.parse(fs.readFileSync(resultFile, 'utf8'))
  const skipped = r.numPendingTests + r.numTodoTests
  for (const note of notes) console.log(`>>> ${note}`)
  console.log(`\n${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`)
}
process.exit(run.status ?? 1)
