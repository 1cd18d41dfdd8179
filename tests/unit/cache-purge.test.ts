import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { cacheKeys } from '@/cache/keys'
import { purgeCacheKeys } from '@/cache/purge'
import { readConfig } from '@/config'

const url = (path: string) => new URL(path, 'http://localhost:3000')

describe('cache keys of an answer', () => {
  test('one collection read without relations depends on that collection alone', () => {
    expect(cacheKeys(url('/api/tags?depth=0&limit=5'))).toEqual(['list:tags'])
    expect(cacheKeys(url('/api/events/12?depth=0'))).toEqual(['list:events'])
    expect(cacheKeys(url('/api/photos?depth=0'))).toEqual(['list:photos'])
    expect(cacheKeys(url('/api/globals/settings?depth=0'))).toEqual(['settings'])
  })

  test('relations, GraphQL, feeds and the sitemap may show anything, and carry every key', () => {
    for (const path of [
      '/api/events',
      '/api/events?depth=1',
      '/api/organisations?depth=0',
      '/api/graphql?query=x',
      '/feed.xml',
      '/sitemaps/1.xml',
    ])
      expect([path, cacheKeys(url(path))]).toEqual([
        path,
        ['list:events', 'list:tags', 'list:clusters', 'list:institutes', 'list:partners', 'list:photos', 'settings'],
      ])
  })
})

describe('purging the cache in front', () => {
  test('a PURGE with the keys in xkey-purge; an unconfirmed purge is an error that names the cache', async () => {
    const seen: Array<{ method?: string; keys?: string | string[] }> = []
    let status = 200
    const server = http.createServer((req, res) => {
      seen.push({ method: req.method, keys: req.headers['xkey-purge'] })
      res.writeHead(status).end()
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const address = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    try {
      await purgeCacheKeys(['list:tags', 'tags:climate', 'list:tags'], address)
      expect(seen).toEqual([{ method: 'PURGE', keys: 'list:tags tags:climate' }])
      status = 403
      await expect(purgeCacheKeys(['list:tags'], address)).rejects.toThrow(
        `the cache at ${address} answered the purge with 403`,
      )
      await purgeCacheKeys(['list:tags'], undefined)
      expect(seen).toHaveLength(2)
    } finally {
      server.close()
    }
  })

  test('CACHE_PURGE_URL must be an http(s) address', () => {
    expect(readConfig({ CACHE_PURGE_URL: 'http://varnish:80' }).cachePurgeUrl).toBe('http://varnish/')
    expect(() => readConfig({ CACHE_PURGE_URL: 'varnish' })).toThrow('CACHE_PURGE_URL must be the http(s) address')
  })
})
