import { account, type Account } from './accounts'
import { BASE_URL, SKIP_REASON } from './browser'
import { jwt, rest } from './rest'

const suite = SKIP_REASON ? describe.skip : describe

/**
 * One reading of a request's credentials for Payload and for the app's own checks, on the running server: a
 * contributor's request in any form Payload signs in is never kept as the public answer, never a 503; a junk
 * header is refused by name and gets no wider budget; X-Forwarded-For means nothing without trusted proxies.
 */
suite('credentials in every form, on the running server', () => {
  let contributor: Account
  let draftTitle: string

  beforeAll(async () => {
    const clusters = await (await fetch(`${BASE_URL}/api/clusters?limit=1&depth=0`)).json()
    const cluster = clusters.docs[0].id
    contributor = await account('contributor', [cluster])
    draftTitle = `Unpublished ${Math.random().toString(36).slice(2)}`
    const res = await rest(`${BASE_URL}/api/events?draft=true`, 'POST', {
      authorization: jwt(contributor.token),
      json: {
        title: draftTitle,
        startDate: '2031-03-01T10:00:00.000Z',
        endDate: '2031-03-01T12:00:00.000Z',
        clusters: [cluster],
      },
    })
    expect(res.status).toBe(201)
  })

  /** Each form of the contributor's credential, as a caller may write it. */
  const forms = (token: string): Array<[string, Record<string, string>]> => [
    ['a cookie with a space before =', { cookie: `payload-token =${token}`, 'sec-fetch-site': 'same-origin' }],
    ['a cookie with spaces around it', { cookie: `theme=dark;  payload-token = ${token} `, 'sec-fetch-site': 'none' }],
    ['a cookie named in capitals', { cookie: `PAYLOAD-TOKEN=${token}`, 'sec-fetch-site': 'same-origin' }],
    ['the cookie twice', { cookie: `payload-token=${token}; payload-token=${token}`, 'sec-fetch-site': 'none' }],
    ['the cookie twice, the first junk', { cookie: `payload-token=junk; payload-token=${token}` }],
    ['"bearer" in lower case', { authorization: `bearer ${token}` }],
    ['"jwt" in lower case', { authorization: `jwt ${token}` }],
    ['two spaces', { authorization: `JWT  ${token}` }],
    ['a tab', { authorization: `JWT\t${token}` }],
    ['a trailing space', { authorization: `Bearer ${token} ` }],
  ]

  const titlesOf = async (res: Response) =>
    ((await res.json()).docs ?? []).map((d: { title: string }) => d.title) as string[]

  test('no form is answered with a 503, and none is kept for the next stranger', async () => {
    for (const [name, headers] of forms(contributor.token)) {
      const path = `/api/events?depth=0&limit=100&where[title][like]=${encodeURIComponent(draftTitle)}&probe=${encodeURIComponent(name)}`
      const asked = await fetch(`${BASE_URL}${path}`, { headers })
      expect({ name, status: asked.status }).toEqual({ name, status: 200 })
      expect({ name, kept: asked.headers.get('x-api-cache') }).toEqual({ name, kept: null })
      expect(asked.headers.get('cache-control')).toBe('private, no-store')
      await asked.arrayBuffer()
      const stranger = await fetch(`${BASE_URL}${path}`)
      expect({ name, titles: await titlesOf(stranger) }).toEqual({ name, titles: [] })
    }
  })

  test('GraphQL over GET in the same forms: never kept', async () => {
    const query = `{ Events(draft: true, where: { title: { like: "${draftTitle}" } }) { docs { title } } }`
    for (const [name, headers] of forms(contributor.token)) {
      const path = `/api/graphql?query=${encodeURIComponent(query)}&operationName=&probe=${encodeURIComponent(name)}`
      const asked = await fetch(`${BASE_URL}${path}`, { headers })
      expect({ name, status: asked.status }).toEqual({ name, status: 200 })
      expect({ name, kept: asked.headers.get('x-api-cache') }).toEqual({ name, kept: null })
      await asked.arrayBuffer()
      const stranger = await (await fetch(`${BASE_URL}${path}`)).json()
      expect({ name, docs: stranger.data?.Events?.docs ?? [] }).toEqual({ name, docs: [] })
    }
  })

  test('every form Payload signs in is signed in for the app too: the drafts of its cluster, a private answer', async () => {
    for (const [name, headers] of forms(contributor.token)) {
      if (name.includes('first junk')) continue // the last cookie counts, as in Payload: that one is signed in too
      const res = await fetch(
        `${BASE_URL}/api/events?draft=true&depth=0&where[title][like]=${encodeURIComponent(draftTitle)}`,
        { headers },
      )
      expect({ name, titles: await titlesOf(res) }).toEqual({ name, titles: [draftTitle] })
    }
  })

  test('an Authorization header in no form the API reads is refused, naming the forms it reads', async () => {
    for (const value of ['Token abc', 'Basic dXNlcjpwYXNz', 'junk', 'JWT']) {
      const res = await fetch(`${BASE_URL}/api/events?limit=1`, { headers: { authorization: value } })
      expect({ value, status: res.status }).toEqual({ value, status: 401 })
      expect((await res.json()).errors[0].message).toMatch(/JWT <token>/)
    }
  })

  test('a credential that signs nobody in gets the anonymous budget, not ten times it', async () => {
    const anonymous = await fetch(`${BASE_URL}/api/tags?limit=1`)
    const limit = Number(anonymous.headers.get('ratelimit-limit'))
    const junk: Array<Record<string, string>> = [
      { authorization: 'JWT not-a-token' },
      { authorization: 'users API-Key not-a-key' },
      { cookie: 'payload-token=junk' },
    ]
    for (const headers of junk) {
      const res = await fetch(`${BASE_URL}/api/tags?limit=1`, { headers })
      expect(Number(res.headers.get('ratelimit-limit'))).toBe(limit)
    }
    const signedIn = await fetch(`${BASE_URL}/api/tags?limit=1`, {
      headers: { authorization: `JWT ${contributor.token}` },
    })
    expect(Number(signedIn.headers.get('ratelimit-limit'))).toBe(limit * 10)
  })

  test('X-Forwarded-For chosen by the caller moves no limit: failed sign-ins count where they come from', async () => {
    const email = `nobody-${Math.random().toString(36).slice(2)}@example.org`
    const statuses: number[] = []
    for (let i = 0; i < 6; i += 1) {
      const res = await fetch(`${BASE_URL}/api/users/login`, {
        method: 'POST',
        // A new made-up address each time: were it believed, each try would be a first try.
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': `198.51.100.${i + 1}`,
          'x-real-ip': `198.51.100.${i + 1}`,
        },
        body: JSON.stringify({ email, password: 'wrong-password-long' }),
      })
      statuses.push(res.status)
    }
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true)
    expect(statuses[5]).toBe(429)
  })
})
