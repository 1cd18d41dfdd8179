import type { Condition, Field } from 'payload'

import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
beforeAll(async () => {
  ctx = await startPayload()
})
afterAll(() => stopPayload(ctx))

const conditionOf = (name: string) => {
  const field = ctx.payload.collections.users.config.fields.find((f: Field) => 'name' in f && f.name === name)
  return (field as { admin?: { condition?: Condition } } | undefined)?.admin?.condition
}

test('the first-user screen (nobody signed in) asks for no clusters and no API key; an admin’s form has them', () => {
  for (const name of ['clusters', 'apiKey', 'enableAPIKey']) {
    const condition = conditionOf(name)
    expect({ name, condition: typeof condition }).toEqual({ name, condition: 'function' })
    const ask = (user: unknown) => condition!({}, {}, { user, operation: 'create', path: [name] } as never)
    expect({ name, first: ask(null) }).toEqual({ name, first: false })
    expect({ name, admin: ask({ id: 1, role: 'admin' }) }).toEqual({ name, admin: true })
  }
  // Payload's own enable checkbox stays hidden as a field of its own, and keeps its label.
  const enable = ctx.payload.collections.users.config.fields.find(
    (f: Field) => 'name' in f && f.name === 'enableAPIKey',
  ) as {
    admin?: { components?: { Field?: unknown } }
    label?: unknown
  }
  expect(enable.admin?.components?.Field).toBe(false)
  expect(enable.label).toBeDefined()
})
