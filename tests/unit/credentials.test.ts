import { canonicalTokenHeaders, carriesCredential, readCredential } from '@/api/credentials'

const headers = (init: Record<string, string>) => new Headers(init)

describe('one reader of credentials', () => {
  test('a token in the Authorization header, in any case and spacing of its scheme', () => {
    for (const value of ['JWT abc', 'jwt abc', 'Bearer abc', 'bearer abc', 'BEARER  abc', 'JWT\tabc', 'JWT abc  '])
      expect({ value, read: readCredential(headers({ authorization: value })) }).toEqual({
        value,
        read: { kind: 'token', token: 'abc', from: 'header' },
      })
  })

  test('an API key, and a header in no form that signs anyone in', () => {
    expect(readCredential(headers({ authorization: 'users API-Key k1' }))).toEqual({
      kind: 'api-key',
      collection: 'users',
      key: 'k1',
    })
    for (const value of ['Basic dXNlcg==', 'Token abc', 'JWT', 'JWT a b'])
      expect(readCredential(headers({ authorization: value })).kind).toBe('unreadable')
  })

  test('the session cookie with spaces around its name, in capitals, twice (the last counts), among others', () => {
    const read = (cookie: string) => readCredential(headers({ cookie }))
    expect(read('payload-token =t1')).toEqual({ kind: 'token', token: 't1', from: 'cookie' })
    expect(read('a=1;  payload-token = t1 ; b=2')).toEqual({ kind: 'token', token: 't1', from: 'cookie' })
    expect(read('PAYLOAD-TOKEN=t1')).toEqual({ kind: 'token', token: 't1', from: 'cookie' })
    expect(read('payload-token=t1; payload-token=t2')).toEqual({ kind: 'token', token: 't2', from: 'cookie' })
    expect(read('payload-token-other=t1; xpayload-token=t2')).toEqual({ kind: 'none' })
  })

  test('the header comes before the cookie', () => {
    expect(readCredential(headers({ authorization: 'JWT h', cookie: 'payload-token=c' }))).toMatchObject({ token: 'h' })
  })

  test('anything that may be a credential is carried, even empty or junk; nothing else is', () => {
    const carried: Array<Record<string, string>> = [
      { authorization: 'x' },
      { cookie: 'payload-token=' },
      { cookie: ' Payload-Token =x' },
    ]
    for (const init of carried) expect(carriesCredential(headers(init))).toBe(true)
    const none: Array<Record<string, string>> = [{}, { cookie: 'theme=dark' }, { authorization: '  ' }]
    for (const init of none) expect(carriesCredential(headers(init))).toBe(false)
  })

  test('the form Payload reads: one header "JWT <token>", or one cookie named exactly, the other cookies kept', () => {
    expect(canonicalTokenHeaders(headers({ authorization: 'bearer  t' }))?.get('authorization')).toBe('JWT t')
    const cookie = canonicalTokenHeaders(headers({ cookie: 'a=1; payload-token =x; PAYLOAD-TOKEN=t; b=2' }))
    expect(cookie?.get('cookie')).toBe('a=1; b=2; payload-token=t')
    expect(canonicalTokenHeaders(headers({ cookie: 'a=1' }))).toBeUndefined()
    expect(canonicalTokenHeaders(headers({ authorization: 'users API-Key k' }))).toBeUndefined()
  })
})
