import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

/**
 * The house's boundaries are rules (eslint/boundaries.mjs): each is broken here on purpose and must be reported,
 * and the same import where it is allowed must not be.
 */
type Probe = { path: string; code: string }

function rulesBroken(probes: Probe[]): string[][] {
  const out = execFileSync('node', ['tests/helpers/lint-probe.mjs'], {
    input: JSON.stringify(probes),
    encoding: 'utf8',
  })
  return JSON.parse(out) as string[][]
}

const CASES: Array<{ rule: string; what: string; broken: Probe; allowed: Probe }> = [
  {
    rule: 'no-restricted-imports',
    what: 'a site component importing Payload',
    broken: { path: 'src/components/Probe.tsx', code: "import { getPayload } from 'payload'\nvoid getPayload\n" },
    allowed: { path: 'src/data/probe.ts', code: "import { getPayload } from 'payload'\nvoid getPayload\n" },
  },
  {
    rule: 'import-x/no-restricted-paths',
    what: 'a site page importing the database layer',
    broken: {
      path: 'app/(site)/[locale]/probe.tsx',
      code: "import { databaseAdapter } from '@/db/adapter'\nvoid databaseAdapter\n",
    },
    allowed: {
      path: 'src/data/probe.ts',
      code: "import { databaseAdapter } from '@/db/adapter'\nvoid databaseAdapter\n",
    },
  },
  {
    rule: 'import-x/no-restricted-paths',
    what: 'a feed importing the documents’ types',
    broken: {
      path: 'src/feeds/probe.ts',
      code: "import type { Event } from '../payload-types'\nexport type E = Event\n",
    },
    allowed: {
      path: 'src/data/probe.ts',
      code: "import type { Event } from '../payload-types'\nexport type E = Event\n",
    },
  },
  {
    rule: 'import-x/no-internal-modules',
    what: 'the server importing a file from inside Next',
    broken: {
      path: 'scripts/probe.mjs',
      code: "import compression from 'next/dist/compiled/compression/index.js'\nvoid compression\n",
    },
    allowed: { path: 'scripts/probe.mjs', code: "import next from 'next'\nvoid next\n" },
  },
  {
    rule: 'no-restricted-imports',
    what: 'src/lib importing Next',
    broken: { path: 'src/lib/probe.ts', code: "import { notFound } from 'next/navigation'\nvoid notFound\n" },
    allowed: { path: 'src/data/probe.ts', code: "import { notFound } from 'next/navigation'\nvoid notFound\n" },
  },
  {
    rule: 'import-x/no-restricted-paths',
    what: 'src/lib importing the settings',
    broken: { path: 'src/lib/probe.ts', code: "import { config } from '@/config'\nvoid config\n" },
    allowed: { path: 'src/api/probe.ts', code: "import { config } from '@/config'\nvoid config\n" },
  },
  {
    rule: 'no-restricted-properties',
    what: 'code outside src/config reading the environment',
    broken: { path: 'src/lib/probe.ts', code: 'export const port = process.env.PORT\n' },
    allowed: { path: 'src/config/probe.js', code: 'export const port = process.env.PORT\n' },
  },
  {
    rule: 'import-x/no-restricted-paths',
    what: 'a migration importing the demo content',
    broken: {
      path: 'migrations/sqlite/20990101_000000_probe.ts',
      code: "import { EVENT } from '../../src/seed/data'\nvoid EVENT\n",
    },
    allowed: {
      path: 'migrations/sqlite/20990101_000000_probe.ts',
      code: "import { MEMBERS_2026 } from '../snapshots/members-2026'\nvoid MEMBERS_2026\n",
    },
  },
  {
    rule: 'import-x/no-restricted-paths',
    what: 'the app importing a script',
    broken: {
      path: 'src/api/probe.ts',
      code: "import { freePort } from '../../scripts/free-port.mjs'\nvoid freePort\n",
    },
    allowed: { path: 'scripts/probe.mjs', code: "import { freePort } from './free-port.mjs'\nvoid freePort\n" },
  },
  {
    rule: 'import-x/no-cycle',
    what: 'two files importing each other',
    broken: {
      path: 'src/lib/time/days.ts',
      code: `${fs.readFileSync('src/lib/time/days.ts', 'utf8')}\nimport { eventTime } from './event-time'\nvoid eventTime\n`,
    },
    allowed: { path: 'src/lib/time/days.ts', code: fs.readFileSync('src/lib/time/days.ts', 'utf8') },
  },
]

test('each boundary rule reports a file that breaks it, and not the same import where it is allowed', () => {
  const results = rulesBroken(CASES.flatMap((c) => [c.broken, c.allowed]))
  CASES.forEach((c, i) => {
    const [broken, allowed] = [results[2 * i], results[2 * i + 1]]
    expect({ what: c.what, broken }).toEqual({ what: c.what, broken: expect.arrayContaining([c.rule]) as unknown })
    expect({ what: c.what, allowed }).toEqual({ what: c.what, allowed: [] })
  })
})
