import { checkGraphqlDocument, GRAPHQL_LIMITS } from '@/api/graphql-gate'
import { hsts, pageCsp } from '@/api/security-headers'
import { fieldProblems, richTextProblem } from '@/checks/fields'
import { isEmptyWhere, isValidId, selectsByIds } from '@/checks/where'

describe('GraphQL document check', () => {
  test('accepts an ordinary query', () => {
    expect(checkGraphqlDocument('{ Events(limit: 5) { docs { title tags { name } } } }')).toBeNull()
  })
  test.each([
    ['a syntax error', '{ Events(', /Syntax Error/],
    ['a fragment cycle', 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }', /A → B → A/],
    [
      'too many aliases',
      `{ ${Array.from({ length: GRAPHQL_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
      /aliases/,
    ],
    [
      'too deep',
      `{ ${'a { '.repeat(GRAPHQL_LIMITS.maxDepth + 1)}b${' }'.repeat(GRAPHQL_LIMITS.maxDepth + 1)} }`,
      /levels deep/,
    ],
    ['too many tokens', `{ ${'a '.repeat(GRAPHQL_LIMITS.maxTokens)} }`, /tokens/],
  ])('refuses %s', (_what, query, message) => {
    expect(checkGraphqlDocument(query)?.message).toMatch(message)
  })
})

describe('security headers', () => {
  test('a page CSP allows scripts only by nonce and forbids framing', () => {
    const csp = pageCsp('site', { nonce: 'abc' }, { production: true })
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-eval')
    expect(pageCsp('site', { nonce: 'abc' }, { production: false })).toContain('unsafe-eval') // Next's dev server needs it
  })
  test('a draft preview may be framed by the admin on the same address, nothing else may', () => {
    expect(pageCsp('site', { nonce: 'abc' }, { production: true, framedByAdmin: true })).toContain(
      "frame-ancestors 'self'",
    )
    expect(pageCsp('admin', { nonce: 'abc' }, { production: true })).toContain("frame-ancestors 'none'")
  })
  test('requests are upgraded to https only where the site is served over https', () => {
    expect(pageCsp('admin', { nonce: 'abc' }, { production: true })).not.toContain('upgrade-insecure-requests')
    expect(pageCsp('admin', { nonce: 'abc' }, { production: true, https: true })).toContain('upgrade-insecure-requests')
  })
  test('HSTS only over https', () => {
    expect(hsts('https://events.example.org')).toMatch(/max-age=31536000/)
    expect(hsts('http://localhost:3000')).toBeUndefined()
  })
})

describe('value and query rules', () => {
  test('ids', () => {
    expect(isValidId('12', 'number')).toBe(true)
    expect(isValidId('1.5', 'number')).toBe(false)
    expect(isValidId('99999999999999999999', 'number')).toBe(false)
    expect(isValidId('65a1b2c3d4e5f60718293a4b', 'text')).toBe(true)
  })
  test('empty filters and selections by id', () => {
    expect(isEmptyWhere({})).toBe(true)
    expect(isEmptyWhere({ and: [{}] })).toBe(true)
    expect(isEmptyWhere({ title: { equals: 'x' } })).toBe(false)
    expect(selectsByIds({ and: [{ id: { in: [1, 2] } }, { title: { like: 'x' } }] })).toBe(true)
    expect(selectsByIds({ title: { like: 'x' } })).toBe(false)
  })
  test('rich text: links must be web, mail or phone addresses', () => {
    const doc = (url: string) => ({
      root: { type: 'root', children: [{ type: 'link', fields: { linkType: 'custom', url }, children: [] }] },
    })
    expect(richTextProblem(doc('https://eunic.eu'))).toBeUndefined()
    expect(richTextProblem(doc('mailto:info@eunic.eu'))).toBeUndefined()
    expect(richTextProblem(doc('JavaScript:alert(1)'))).toMatch(/link/)
    expect(richTextProblem(doc('data:text/html,x'))).toMatch(/link/)
  })
  test('a localized field sent for every language is checked in each', () => {
    const fields = [{ name: 'title', type: 'text', localized: true, maxLength: 5 }] as never
    expect(
      fieldProblems(fields, { title: { en: 'ok', fr: 'far too long' } }, { locales: ['en', 'fr'], allLocales: true }),
    ).toEqual([{ path: 'title', message: 'is 12 characters long; the limit is 5' }])
  })
})

describe('addresses a rich-text link can go to', () => {
  test('web addresses with a host name, mail, telephone and paths of the site', async () => {
    const { linkAddressProblem } = await import('@/checks/fields')
    for (const ok of [
      'https://eunic.eu/members',
      'http://www.example.org',
      'mailto:info@example.org',
      'tel:+32123',
      '/events/x',
      '#part',
    ]) {
      expect([ok, linkAddressProblem(ok)]).toEqual([ok, undefined])
    }
  })
  test('an address pasted after a pre-filled scheme, a bare word and other schemes are refused, saying how to write one', async () => {
    const { linkAddressProblem } = await import('@/checks/fields')
    for (const bad of ['https://https://eunic.eu', 'https://', 'https://eunic', 'javascript:alert(1)', 'eunic.eu']) {
      expect(linkAddressProblem(bad)).toMatch(/cannot be linked to: use https:\/\/…, mailto:…, tel:… or a path/)
    }
  })
})
