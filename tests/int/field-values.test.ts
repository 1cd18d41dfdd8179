import { paragraphs } from '@/seed/richtext'

import { createUser, eventData } from '../helpers/fixtures'
import { apiClient, fieldsIn, messagesIn } from '../helpers/http'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
let api: ReturnType<typeof apiClient>
let editor: string

beforeAll(async () => {
  ctx = await startPayload()
  api = apiClient(ctx.config)
  editor = (await createUser(ctx.payload, 'editor')).token
})
afterAll(() => stopPayload(ctx))

const rows = async () => ({
  events: (await ctx.payload.count({ collection: 'events' })).totalDocs,
  versions: (await ctx.payload.countVersions({ collection: 'events' })).totalDocs,
})
const withLink = (url: string) => {
  const doc = paragraphs(['see'])
  ;(doc.root.children[0] as unknown as { children: unknown[] }).children.push({
    type: 'link',
    version: 3,
    direction: 'ltr',
    format: '',
    indent: 0,
    fields: { linkType: 'custom', url, newTab: false },
    children: [{ type: 'text', version: 1, text: 'here', format: 0, detail: 0, mode: 'normal', style: '' }],
  })
  return doc
}

const CASES: Array<[string, Record<string, unknown>, string, RegExp]> = [
  [
    'a time zone that does not exist',
    { startDate_tz: 'Mars/Olympus_Mons' },
    'startDate_tz',
    /Mars\/Olympus_Mons.*time zone/,
  ],
  ['a number as a time zone', { endDate_tz: 42 }, 'endDate_tz', /time zone/],
  ['a 10 KB time zone', { startDate_tz: 'x'.repeat(10_000) }, 'startDate_tz', /time zone/],
  ['a number as a country', { venue: { country: 49 } }, 'venue.country', /country/],
  ['a country code that does not exist', { venue: { country: 'XX' } }, 'venue.country', /XX.*country/],
  ['a status that does not exist', { _status: 'deleted' }, '_status', /deleted/],
  ['plain text as rich text', { body: 'hello' }, 'body', /rich text/],
  ['rich text without a root', { body: { children: [] } }, 'body', /rich text/],
  ['a script link in rich text', { body: withLink('javascript:alert(1)') }, 'body', /javascript/],
  [
    'a link pasted after a pre-filled scheme',
    { body: withLink('https://https://eunic.eu') },
    'body',
    /cannot be linked to/,
  ],
  ['a year before the calendar', { startDate: '-005000-01-01T00:00:00.000Z' }, 'startDate', /year|between/],
  ['a date that is not a date', { endDate: 'soon' }, 'endDate', /soon/],
  ['a script as the online link', { onlineUrl: 'javascript:alert(1)' }, 'onlineUrl', /web address/],
  ['a title of 100 KB', { title: 'x'.repeat(100_000) }, 'title', /characters/],
  ['an object as a title', { title: { en: 'x' } }, 'title', /text/],
  ['a yes/no that is a word', { allDay: 'sometimes' }, 'allDay', /true or false/],
]

describe('values that would break pages are refused on every path, drafts included', () => {
  test.each(CASES)('%s (published): 400 naming the field, nothing stored', async (_what, data, field, message) => {
    const before = await rows()
    const res = await api.rest('POST', '/api/events', { token: editor, json: eventData(data) })
    expect(res.status).toBe(400)
    expect(fieldsIn(res.body)).toContain(field)
    expect(messagesIn(res.body)).toMatch(message)
    expect(await rows()).toEqual(before)
  })

  test.each(CASES.filter(([, data]) => !('_status' in data)))(
    '%s (draft): refused the same way',
    async (_what, data, field) => {
      const before = await rows()
      const res = await api.rest('POST', '/api/events?draft=true', {
        token: editor,
        json: eventData({ _status: 'draft', ...data }),
      })
      expect(res.status).toBe(400)
      expect(fieldsIn(res.body)).toContain(field)
      expect(await rows()).toEqual(before)
    },
  )

  test('the Local API and GraphQL refuse them too', async () => {
    const before = await rows()
    await expect(
      ctx.payload.create({
        collection: 'events',
        draft: true,
        data: eventData({ _status: 'draft', startDate_tz: 'Mars/Olympus_Mons' }) as never,
      }),
    ).rejects.toThrow(/startDate_tz|time zone/)
    const res = await api.graphql(
      'mutation($data: mutationEventInput!) { createEvent(data: $data, draft: true) { id } }',
      {
        token: editor,
        variables: {
          data: {
            title: 'x',
            startDate: '2030-01-01T00:00:00Z',
            endDate: '2030-01-01T00:00:00Z',
            startDate_tz: 'Europe_Berlin',
            endDate_tz: 'Europe_Berlin',
            onlineUrl: 'javascript:alert(1)',
          },
        },
      },
    )
    expect(res.status).toBeLessThan(500)
    expect(JSON.stringify(res.body.errors)).toMatch(/onlineUrl/)
    expect(await rows()).toEqual(before)
  })

  test('good values still save, links in rich text included', async () => {
    const res = await api.rest('POST', '/api/events', {
      token: editor,
      json: eventData({
        body: withLink('https://eunic.eu/'),
        venue: { country: 'KZ' },
        onlineUrl: 'https://example.org/live',
      }),
    })
    expect(res.status).toBe(201)
  })

  test('taxonomy and photos: lengths and web addresses', async () => {
    const tag = await api.rest('POST', '/api/tags', { token: editor, json: { name: 'x'.repeat(5000) } })
    expect(tag.status).toBe(400)
    expect(fieldsIn(tag.body)).toContain('name')
    const cluster = await api.rest('POST', '/api/clusters', {
      token: editor,
      json: { name: 'EUNIC Mars', country: 'KZ', website: 'ftp://example.org' },
    })
    expect(cluster.status).toBe(400)
    expect(fieldsIn(cluster.body)).toContain('website')
  })
})
