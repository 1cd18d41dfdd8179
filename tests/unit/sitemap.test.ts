import { EVENTS_PER_SITEMAP } from '@/data/sitemap'
import { sitemapIndexXml, urlsetXml } from '@/feeds/sitemap'

const SERVER = 'https://events.example.org'

/** Search engines read at most 50,000 addresses and 50 MB per sitemap file. */
test('a full file of events, with long addresses, stays under both limits of a sitemap file', () => {
  const slug = 'a'.repeat(200)
  const pages = Array.from({ length: EVENTS_PER_SITEMAP }, (_, i) => ({
    path: `/events/${slug}-${i}`,
    lastModified: '2026-12-03T10:00:00.000Z',
  }))
  const xml = urlsetXml(pages, SERVER)
  const urls = xml.match(/<url>/g)?.length ?? 0
  expect(urls).toBe(EVENTS_PER_SITEMAP * 3)
  expect(urls).toBeLessThanOrEqual(50_000)
  expect(Buffer.byteLength(xml)).toBeLessThan(50 * 1024 * 1024)
})

test('each page in every language, with its alternates; addresses escaped', () => {
  const xml = urlsetXml([{ path: '/events/a&b' }], SERVER)
  expect(xml).toContain('<loc>https://events.example.org/fr/events/a&amp;b</loc>')
  expect(xml.match(/<url>/g)).toHaveLength(3)
  expect(xml.match(/hreflang="de"/g)).toHaveLength(3)
  expect(xml).not.toContain('<lastmod>')
  expect(sitemapIndexXml(['/sitemaps/0.xml'], SERVER)).toContain(
    '<sitemap><loc>https://events.example.org/sitemaps/0.xml</loc></sitemap>',
  )
})
