import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { Webhook } from 'standardwebhooks'

import { readConfig } from '@/config'
import { changeOf } from '@/webhooks/message'
import { checkedLookup } from '@/net/lookup'
import { send } from '@/webhooks/send'
import { newSecret, secretProblem, signedHeaders } from '@/webhooks/signature'
import { addressProblem, targetProblem } from '@/net/address'

describe('the signature', () => {
  test('a Standard Webhooks library verifies what we sign, and refuses it changed', () => {
    const secret = newSecret()
    const body = JSON.stringify({ type: 'events.publish', data: { id: 1 } })
    const headers = signedHeaders(secret, 'msg_1', body)
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body))
    expect(() => new Webhook(secret).verify(body.replace('1', '2'), headers)).toThrow()
    expect(() => new Webhook(newSecret()).verify(body, headers)).toThrow()
  })

  test('a secret typed by hand must be whsec_ and enough random bytes', () => {
    expect(secretProblem(newSecret())).toBeNull()
    expect(secretProblem('hunter2')).toContain('whsec_')
    expect(secretProblem('whsec_not base64!')).toContain('base64')
    expect(secretProblem('whsec_c2hvcnQ=')).toContain('at least 24')
  })
})

describe('receiver addresses', () => {
  test.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.20.0.1',
    '192.168.1.10',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fd00::1',
    'fe80::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
  ])('%s is not a public address', (ip) => {
    expect(addressProblem(ip)).toContain('WEBHOOKS_ALLOW_PRIVATE_TARGETS')
  })

  test.each(['93.184.215.14', '2a00:1450:4001:80b::200e', '::ffff:93.184.215.14'])('%s is public', (ip) => {
    expect(addressProblem(ip)).toBeNull()
  })

  test('production refuses this machine and private networks, by number or by name', () => {
    for (const url of [
      'http://127.0.0.1:8080/in',
      'http://localhost/in',
      'https://api.localhost/in',
      'http://[::1]/in',
      'http://10.0.0.8/in',
    ])
      expect(targetProblem(url, false)).toContain('WEBHOOKS_ALLOW_PRIVATE_TARGETS')
    expect(targetProblem('https://hooks.example.org/in', false)).toBeNull()
    expect(targetProblem('http://127.0.0.1:8080/in', true)).toBeNull()
  })

  test('production allows private receivers only when told to; elsewhere they are allowed', () => {
    const prod = { NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(40) }
    expect(readConfig(prod).webhooks.allowPrivateTargets).toBe(false)
    expect(readConfig({ ...prod, WEBHOOKS_ALLOW_PRIVATE_TARGETS: 'true' }).webhooks.allowPrivateTargets).toBe(true)
    expect(readConfig({ NODE_ENV: 'development' }).webhooks.allowPrivateTargets).toBe(true)
    expect(() => readConfig({ ...prod, WEBHOOKS_ALLOW_PRIVATE_TARGETS: 'yes please' })).toThrow(
      'WEBHOOKS_ALLOW_PRIVATE_TARGETS must be true or false',
    )
    expect(() => readConfig({ WEBHOOK_ATTEMPTS: '0' })).toThrow('WEBHOOK_ATTEMPTS must be a whole number above 0')
  })

  test('a name is looked up when the delivery connects, and refused when it leads inside', async () => {
    // targetProblem knows "localhost" by name; the lookup at connect time judges what any name resolves to.
    const lookup = (allowPrivate: boolean) =>
      new Promise<string>((resolve) =>
        checkedLookup(allowPrivate)('localhost', { all: true }, (error, addresses) =>
          resolve(error ? error.message : JSON.stringify(addresses)),
        ),
      )
    expect(await lookup(false)).toMatch(
      /^localhost resolves to (127\.0\.0\.1|::1) is inside this machine or a private network/,
    )
    expect(await lookup(true)).toMatch(/127\.0\.0\.1|::1/)
  })

  test('a delivery is a 2xx answer; anything else says what the receiver did', async () => {
    let status = 200
    const server = http.createServer((_req, res) => res.writeHead(status, { location: '/elsewhere' }).end('busy today'))
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/in`
    const options = { timeoutMs: 2000, allowPrivate: true }
    try {
      expect(await send(url, '{}', {}, options)).toEqual({ ok: true, status: 200 })
      status = 302
      expect(await send(url, '{}', {}, options)).toEqual({
        ok: false,
        status: 302,
        error: 'The receiver answered 302 (redirects are not followed): busy today',
      })
      status = 500
      expect(await send(url, '{}', {}, { ...options, allowPrivate: false })).toEqual({
        ok: false,
        error: expect.stringContaining('The address cannot receive webhooks: 127.0.0.1 is inside this machine'),
      })
    } finally {
      server.close()
    }
  })
})

describe('what a change tells the public', () => {
  const never = async () => {
    throw new Error('not asked')
  }
  const yes = async () => true
  const no = async () => false
  test.each([
    [{ hasDrafts: false, operation: 'create', wasPublic: false, stillPublic: never }, 'publish'],
    [{ hasDrafts: false, operation: 'update', wasPublic: true, stillPublic: never }, 'update'],
    [{ hasDrafts: true, operation: 'create', status: 'published', wasPublic: false, stillPublic: never }, 'publish'],
    [{ hasDrafts: true, operation: 'create', status: 'draft', wasPublic: false, stillPublic: never }, null],
    [{ hasDrafts: true, operation: 'update', status: 'published', wasPublic: false, stillPublic: never }, 'publish'],
    [{ hasDrafts: true, operation: 'update', status: 'published', wasPublic: true, stillPublic: never }, 'update'],
    [{ hasDrafts: true, operation: 'update', status: 'draft', wasPublic: true, stillPublic: yes }, null],
    [{ hasDrafts: true, operation: 'update', status: 'draft', wasPublic: true, stillPublic: no }, 'unpublish'],
    [{ hasDrafts: true, operation: 'update', status: 'draft', wasPublic: false, stillPublic: never }, null],
  ] as const)('%o → %s', async (state, change) => {
    expect(await changeOf(state)).toBe(change)
  })
})
