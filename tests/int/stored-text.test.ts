import { createUser, eventData } from '../helpers/fixtures'
import { apiClient, fieldsIn, messagesIn } from '../helpers/http'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

/**
 * Text that would break what shows it is refused on write, naming the field: control characters (feeds and
 * calendars cannot carry them), rich-text parts the editor never makes, links that leave the site while looking
 * like one of its paths.
 */
let ctx: TestContext
let token: string
let api: ReturnType<typeof apiClient>
beforeAll(async () => {
  ctx = await startPayload()
  api = apiClient(ctx.config)
  token = (await createUser(ctx.payload, 'editor')).token
})
afterAll(() => stopPayload(ctx))

const paragraph = (children: unknown[]) => ({
  root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children }] },
})
const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal' })
const link = (url: string) => ({
  type: 'link',
  version: 3,
  fields: { url, linkType: 'custom', newTab: false },
  children: [text('a link')],
})

const countEvents = async () => (await ctx.payload.count({ collection: 'events', overrideAccess: true })).totalDocs

test('control characters in titles, summaries, names and rich text: 400 naming the field, as drafts too', async () => {
  const cases: Array<[string, string, Record<string, unknown>]> = [
    ['NUL in a title', 'title', { title: 'Nul\u0000here' }],
    ['BEL in a title', 'title', { title: 'Bell\u0007' }],
    ['ESC in a summary', 'summary', { summary: 'Escape\u001B[31m' }],
    ['U+FFFF in a venue', 'venue.name', { venue: { name: 'Hall\uFFFF' } }],
    ['a lone surrogate', 'title', { title: 'Half \uD800 a pair' }],
    ['a form feed in the body', 'body', { body: paragraph([text('Page\u000Cbreak')]) }],
  ]
  const before = await countEvents()
  for (const [name, field, data] of cases) {
    for (const draft of [false, true]) {
      const res = await api.rest('POST', `/api/events${draft ? '?draft=true' : ''}`, {
        token,
        json: eventData({ ...data, ...(draft ? { _status: 'draft' } : {}) }),
      })
      expect({ name, draft, status: res.status, fields: fieldsIn(res.body) }).toEqual({
        name,
        draft,
        status: 400,
        fields: [field],
      })
      expect(messagesIn(res.body)).toMatch(/control character \(U\+[0-9A-F]{4}\)/)
    }
  }
  const tag = await api.rest('POST', '/api/tags', { token, json: { name: 'Tab\u0008bed' } })
  expect(tag.status).toBe(400)
  expect(fieldsIn(tag.body)).toEqual(['name'])
  expect(await countEvents()).toBe(before)
})

test('tabs and line breaks stay allowed where text may have them', async () => {
  const res = await api.rest('POST', '/api/events', {
    token,
    json: eventData({ summary: 'Two lines\nand a\ttab', body: paragraph([text('Line\none')]) }),
  })
  expect(res.status).toBe(201)
})

test('rich text holding a part the editor never makes is refused, naming the kind', async () => {
  for (const kind of ['script', 'html', 'iframe', 'unknown-node']) {
    const res = await api.rest('POST', '/api/events', {
      token,
      json: eventData({ body: paragraph([{ type: kind, version: 1, text: 'x' }]) }),
    })
    expect({ kind, status: res.status }).toEqual({ kind, status: 400 })
    expect(messagesIn(res.body)).toContain(`"${kind}"`)
  }
})

test('links that leave the site while looking like a path are refused; the site’s own paths are not', async () => {
  for (const url of ['//evil.example', '/\\evil.example', '//evil.example/events', '\\\\evil.example']) {
    const res = await api.rest('POST', '/api/events', { token, json: eventData({ body: paragraph([link(url)]) }) })
    expect({ url, status: res.status }).toEqual({ url, status: 400 })
    expect(fieldsIn(res.body)).toEqual(['body'])
  }
  for (const url of ['/events/x', '/', '#programme', 'https://example.org/a']) {
    const res = await api.rest('POST', '/api/events', { token, json: eventData({ body: paragraph([link(url)]) }) })
    expect({ url, status: res.status }).toEqual({ url, status: 201 })
  }
})
