import { adminOrigins } from '@/api/admin-origins'

describe('where the admin accepts changes', () => {
  test('a configured public address, plus the extra ones listed', () => {
    const origins = adminOrigins({
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
    const origins = adminOrigins({ PORT: '4123' })
    expect(origins.configured).toBe(false)
    expect(origins.serverURL).toBe('')
    expect(origins.csrf).toEqual(
      expect.arrayContaining(['http://localhost:4123', 'http://127.0.0.1:4123', 'http://[::1]:4123']),
    )
    expect(origins.csrf.every((o) => o.endsWith(':4123'))).toBe(true)
    expect(adminOrigins({}).csrf).toContain('http://127.0.0.1:3000')
  })

  test('a listed address that is not one says which and why', () => {
    expect(() => adminOrigins({ ADMIN_ORIGINS: 'events.example.org' })).toThrow(
      /ADMIN_ORIGINS holds "events.example.org", which is not an address like https:\/\//,
    )
    expect(() => adminOrigins({ ADMIN_ORIGINS: 'ftp://example.org' })).toThrow(/only http:\/\/ and https:\/\//)
    expect(() => adminOrigins({ NEXT_PUBLIC_SERVER_URL: 'nonsense' })).toThrow(/NEXT_PUBLIC_SERVER_URL/)
  })
})
