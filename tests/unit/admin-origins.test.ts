import { adminOrigins } from '@/api/admin-origins'
import { readConfig } from '@/config'

const originsOf = (env: Record<string, string>) => adminOrigins(readConfig(env))

describe('where the admin accepts changes', () => {
  test('a configured public address, plus the extra ones listed', () => {
    const origins = originsOf({
      NEXT_PUBLIC_SERVER_URL: 'https://events.example.org/',
      ADMIN_ORIGINS: 'https://cms.example.org, http://10.0.0.5:3000/admin',
    })
    expect(origins).toEqual({
      serverURL: 'https://events.example.org',
      csrf: ['https://events.example.org', 'https://cms.example.org', 'http://10.0.0.5:3000'],
      configured: true,
    })
  })

  test('without one, every address of this machine on the port, and the admin calls the API where it is opened', () => {
    const origins = originsOf({ PORT: '4123' })
    expect(origins.configured).toBe(false)
    expect(origins.serverURL).toBe('')
    expect(origins.csrf).toEqual(
      expect.arrayContaining(['http://localhost:4123', 'http://127.0.0.1:4123', 'http://[::1]:4123']),
    )
    expect(origins.csrf.every((o) => o.endsWith(':4123'))).toBe(true)
    expect(originsOf({}).csrf).toContain('http://127.0.0.1:3000')
  })

  test('a listed address that is not one says which and why', () => {
    expect(() => originsOf({ ADMIN_ORIGINS: 'events.example.org' })).toThrow(
      /ADMIN_ORIGINS holds "events.example.org", which is not an http\(s\) address like https:\/\//,
    )
    expect(() => originsOf({ ADMIN_ORIGINS: 'ftp://example.org' })).toThrow(/ADMIN_ORIGINS holds "ftp:\/\/example.org"/)
    expect(() => originsOf({ NEXT_PUBLIC_SERVER_URL: 'nonsense' })).toThrow(/NEXT_PUBLIC_SERVER_URL must be the public/)
  })
})
