import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

import { config, DOCUMENTED_VARIABLES, readConfig } from '@/config'

describe('configuration, read in one place', () => {
  test('the README’s configuration table lists exactly the settings an operator sets', () => {
    const readme = fs.readFileSync('README.md', 'utf8')
    const table = readme.slice(
      readme.indexOf('| variable | meaning |'),
      readme.indexOf('\n\n', readme.indexOf('| variable | meaning |')),
    )
    const listed = [...table.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1])
    expect(listed.sort()).toEqual([...DOCUMENTED_VARIABLES].sort())
  })

  test('defaults for an empty environment', () => {
    const settings = readConfig({})
    expect(settings).toMatchObject({
      production: false,
      port: 3000,
      serverUrl: 'http://localhost:3000',
      serverUrlConfigured: false,
      trustedProxies: 0,
      jobsIntervalSeconds: 20,
      rateLimitPerMinute: 600,
      cacheKeyPrefix: 'eunic-events',
      corsOrigins: [],
      adminOrigins: [],
      redisUrl: undefined,
      cachePurgeUrl: undefined,
      webhooks: { attempts: 8, retrySeconds: 30, timeoutSeconds: 10, allowPrivateTargets: true },
    })
  })

  test('each bad value stops the start with its variable and what was wrong, all of them at once', () => {
    const bad = {
      PORT: 'eighty',
      TRUSTED_PROXIES: '-1',
      JOBS_INTERVAL_SECONDS: '2.5',
      RATE_LIMIT_PER_MINUTE: '0',
      SEED_IF_EMPTY: 'maybe',
      CORS_ORIGINS: 'https://ok.example, partner.example',
    }
    let message = ''
    try {
      readConfig(bad)
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toContain('PORT must be a whole number above 0, not "eighty".')
    expect(message).toContain('TRUSTED_PROXIES must be a whole number from 0 up, not "-1".')
    expect(message).toContain('JOBS_INTERVAL_SECONDS must be a whole number from 0 up, not "2.5".')
    expect(message).toContain('RATE_LIMIT_PER_MINUTE must be a whole number above 0, not "0".')
    expect(message).toContain('SEED_IF_EMPTY must be true or false, not "maybe".')
    expect(message).toContain('CORS_ORIGINS holds "partner.example", which is not an origin')
  })

  test('values as operators write them', () => {
    const settings = readConfig({
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 's'.repeat(40),
      NEXT_PUBLIC_SERVER_URL: 'https://events.example.org/',
      PORT: '8080',
      TRUSTED_PROXIES: '2',
      JOBS_INTERVAL_SECONDS: '0',
      REDIS_URL: ' redis://cache:6379 ',
      CACHE_KEY_PREFIX: 'eunic-be',
      ADMIN_ORIGINS: 'https://cms.example.org/admin',
      SEED_IF_EMPTY: 'true',
    })
    expect(settings).toMatchObject({
      production: true,
      port: 8080,
      serverUrl: 'https://events.example.org',
      serverUrlConfigured: true,
      trustedProxies: 2,
      jobsIntervalSeconds: 0,
      redisUrl: 'redis://cache:6379',
      cacheKeyPrefix: 'eunic-be',
      adminOrigins: ['https://cms.example.org'],
      seedIfEmpty: true,
      webhooks: { allowPrivateTargets: false },
      // Production refuses private addresses to import from unless an operator allows them.
      imports: { allowPrivateAddresses: false },
    })
    expect(
      readConfig({ NODE_ENV: 'production', IMPORT_ALLOW_PRIVATE_ADDRESSES: 'true', IMPORTS_DIR: '/srv/imports' })
        .imports,
    ).toEqual({ allowPrivateAddresses: true, dir: '/srv/imports' })
  })

  test('the process reads its environment once: a later change is not seen', () => {
    const before = config().rateLimitPerMinute
    const saved = process.env.RATE_LIMIT_PER_MINUTE
    process.env.RATE_LIMIT_PER_MINUTE = String(before + 7)
    try {
      expect(config().rateLimitPerMinute).toBe(before)
      expect(config()).toBe(config())
    } finally {
      if (saved === undefined) delete process.env.RATE_LIMIT_PER_MINUTE
      else process.env.RATE_LIMIT_PER_MINUTE = saved
    }
  })

  test('the server does not start on a bad value, and says which', () => {
    const run = spawnSync('node', ['scripts/serve.mjs'], {
      env: { ...process.env, NODE_ENV: 'production', PORT: 'eighty', WEBHOOK_ATTEMPTS: 'many' },
      encoding: 'utf8',
      timeout: 30_000,
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('The server cannot start: PORT must be a whole number above 0, not "eighty".')
    expect(run.stderr).toContain('WEBHOOK_ATTEMPTS must be a whole number above 0, not "many".')
  })
})
