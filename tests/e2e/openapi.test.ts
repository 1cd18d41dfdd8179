import { Validator } from '@seriousme/openapi-schema-validator'

import { BASE_URL, SKIP_REASON } from './browser'

// Needs the built app only (no browser), but runs with the browser tests that start it.
const suite = SKIP_REASON ? describe.skip : describe

type Spec = { openapi: string; paths: Record<string, Record<string, unknown>>; components: Record<string, unknown> }

/** The OpenAPI description other sites generate clients from: valid 3.1, and true — every path it lists answers. */
suite('the OpenAPI description of the public API', () => {
  let spec: Spec
  beforeAll(async () => {
    const res = await fetch(`${BASE_URL}/api/openapi.json`)
    expect(res.status).toBe(200)
    spec = (await res.json()) as Spec
  })

  test('it validates against the OpenAPI 3.1 schema', async () => {
    const validator = new Validator()
    const result = await validator.validate(structuredClone(spec) as never)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(validator.version).toBe('3.1')
  })

  test('it describes the public collections and the settings, and neither accounts nor jobs', () => {
    const paths = Object.keys(spec.paths)
    for (const path of [
      '/api/events',
      '/api/events/{id}',
      '/api/photos',
      '/api/tags',
      '/api/clusters',
      '/api/globals/settings',
    ])
      expect(paths).toContain(path)
    expect(paths.filter((p) => /users|jobs|payload-/.test(p))).toEqual([])
    expect(paths).toEqual(
      expect.arrayContaining(['/api/imports', '/api/imports/{id}', '/api/imports/{id}/suggestions']),
    )
    expect(JSON.stringify(spec.components.securitySchemes)).toContain('users API-Key')
  })

  test('every path it lists answers a reader', async () => {
    const ids: Record<string, number | string> = {}
    const answers: string[] = []
    for (const [path, item] of Object.entries(spec.paths)) {
      // The imports are an account's own; every other read is open to all.
      if (!('get' in item) || path.startsWith('/api/imports')) continue
      const collection = path.split('/')[2]
      if (path.includes('{id}') && ids[collection] === undefined) {
        const list = await (await fetch(`${BASE_URL}/api/${collection}?limit=1&depth=0`)).json()
        ids[collection] = list.docs[0]?.id
      }
      const res = await fetch(`${BASE_URL}${path.replace('{id}', String(ids[collection]))}`)
      answers.push(`${path} ${res.status}`)
    }
    expect(answers.length).toBeGreaterThan(10)
    expect(answers.filter((a) => !a.endsWith(' 200'))).toEqual([])
  })

  test('it says reading is open to all and writing needs a key, as the API answers', async () => {
    type Operation = { security?: Array<Record<string, unknown>> }
    const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
      Object.entries(item as Record<string, Operation>).map(([method, op]) => ({ path, method, op })),
    )
    const open = (op: Operation) => (op.security ?? []).some((r) => Object.keys(r).length === 0)
    expect(operations.filter((o) => o.method === 'get' && !open(o.op)).map((o) => o.path)).toEqual([
      '/api/imports/{id}',
    ])
    const writes = operations.filter((o) => o.method !== 'get')
    expect(writes.length).toBeGreaterThan(10)
    expect(writes.filter((o) => open(o.op)).map((o) => `${o.method} ${o.path}`)).toEqual([])
    const anonymousWrite = await fetch(`${BASE_URL}/api/tags`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Written by nobody' }),
    })
    expect(anonymousWrite.status).toBe(403)
    const page = await (await fetch(`${BASE_URL}/api/docs`)).text()
    expect(page).toMatch(/GET<\/span> \/api\/events<\/h3><p>[^<]*<span class="muted">· open to all/)
    expect(page).toMatch(/POST<\/span> \/api\/events<\/h3><p>[^<]*<span class="muted">· needs an API key/)
  })

  test('a readable reference page at /api/docs that runs and loads nothing', async () => {
    const res = await fetch(`${BASE_URL}/api/docs`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'/)
    const html = await res.text()
    expect(html).not.toMatch(/<script|src="http/)
    expect(html).toContain('<span class="m">GET</span> /api/events/{id}')
  })
})
