import { eventData } from '../helpers/fixtures'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

/** The sitemap is an index of files: the site's own pages first, then the published events in files of a bounded size. */
let ctx: TestContext
let index: typeof import('../../app/sitemap.xml/route')
let part: typeof import('../../app/sitemaps/[part]/route')

beforeAll(async () => {
  ctx = await startPayload()
  index = await import('../../app/sitemap.xml/route')
  part = await import('../../app/sitemaps/[part]/route')
  await ctx.payload.create({ collection: 'tags', data: { name: 'Climate' } })
  await ctx.payload.create({ collection: 'events', data: eventData({ title: 'Listed', slug: 'listed' }) })
  await ctx.payload.create({
    collection: 'events',
    draft: true,
    data: eventData({ _status: 'draft', title: 'Not yet', slug: 'not-yet' }),
  })
})
afterAll(() => stopPayload(ctx))

const get = async (name: string) => {
  const res = await part.GET(new Request(`http://localhost:3000/sitemaps/${name}`), {
    params: Promise.resolve({ part: name }),
  })
  return { status: res.status, text: await res.text() }
}
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1])

test('the index names its files; the first holds the site’s own pages, the next the published events', async () => {
  const res = await index.GET(new Request('http://localhost:3000/sitemap.xml'), {})
  expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8')
  expect(locs(await res.text())).toEqual([
    'http://localhost:3000/sitemaps/0.xml',
    'http://localhost:3000/sitemaps/1.xml',
  ])

  const site = locs((await get('0.xml')).text)
  expect(site).toEqual(expect.arrayContaining(['http://localhost:3000/', 'http://localhost:3000/de/tags/climate']))
  expect(site.filter((u) => u.includes('/events/'))).toEqual([])

  const events = locs((await get('1.xml')).text)
  expect(events.sort()).toEqual([
    'http://localhost:3000/de/events/listed',
    'http://localhost:3000/events/listed',
    'http://localhost:3000/fr/events/listed',
  ])
})

test('a file it does not have is a 404 that says so', async () => {
  expect(await get('2.xml')).toEqual({
    status: 404,
    text: 'The sitemap has no file 2: see /sitemap.xml for the ones it has.',
  })
  expect(await get('first.xml')).toEqual({ status: 404, text: 'No sitemap file is called "first.xml".' })
  expect((await get('01.xml')).status).toBe(404)
})

test('each event’s entry says when it last changed, as the event does', async () => {
  const { docs } = await ctx.payload.find({ collection: 'events', where: { slug: { equals: 'listed' } } })
  const xml = (await get('1.xml')).text
  const entry = xml.split('<url>').find((u) => u.includes('<loc>http://localhost:3000/events/listed</loc>'))
  expect(entry).toContain(`<lastmod>${docs[0].updatedAt}</lastmod>`)
})
