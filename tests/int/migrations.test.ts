import fs from 'node:fs'
import path from 'node:path'

import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
beforeAll(async () => {
  ctx = await startPayload()
})
afterAll(() => stopPayload(ctx))

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => unknown
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}
type SqlAdapter = { schema: unknown; requireDrizzleKit: () => DrizzleKit }

const kind = process.env.TEST_DB_KIND ?? 'sqlite'

/**
 * Production builds its schema only from the committed migrations. A collection changed without a new
 * migration (npm run migrate:create -- <name>) fails here, the way `payload migrate:create` would see it.
 * MongoDB has no schema migrations, so its run of this file checks only that it is not an SQL adapter.
 */
test(`the committed migrations match the collections (${kind})`, async () => {
  if (kind === 'mongodb') {
    expect('requireDrizzleKit' in ctx.payload.db).toBe(false)
    return
  }
  const adapter = ctx.payload.db as unknown as SqlAdapter
  const { generateDrizzleJson, generateMigration } = adapter.requireDrizzleKit()
  const dir = path.resolve('migrations', kind)
  const latest = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .at(-1)
  expect(latest).toBeDefined()
  const committed = JSON.parse(fs.readFileSync(path.join(dir, latest as string), 'utf8'))
  const pending = await generateMigration(committed, await generateDrizzleJson(adapter.schema))
  expect(pending).toEqual([])
})
