import { createUser } from '../helpers/fixtures'
import { apiClient, fieldsIn, messagesIn } from '../helpers/http'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

/** The site settings: what editors change about the site itself, checked on the way in, read by every page. */
let ctx: TestContext
let api: ReturnType<typeof apiClient>
let editor: string
let contributor: string
// Loaded once the test database is chosen: they read the Payload config.
let siteSettings: typeof import('@/data/settings').siteSettings
let seed: typeof import('@/seed').seed

beforeAll(async () => {
  ctx = await startPayload()
  ;({ siteSettings } = await import('@/data/settings'))
  ;({ seed } = await import('@/seed'))
  api = apiClient(ctx.config)
  editor = (await createUser(ctx.payload, 'editor')).token as string
  contributor = (await createUser(ctx.payload, 'contributor')).token as string
})
afterAll(() => stopPayload(ctx))

test('before anyone writes them, the site still has a name, a colour and its words, and no page text', async () => {
  const settings = await siteSettings('fr')
  expect(settings).toMatchObject({ siteName: 'EUNIC Events', brandColour: '#003399', footerLinks: [], logo: null })
  expect(settings.tagline).toBe('Les instituts culturels nationaux européens, ensemble.')
  expect(settings.pages).toEqual({ legalNotice: null, privacy: null, contact: null, accessibility: null })
})

test('anyone reads them; editors change them; contributors and readers may not', async () => {
  expect((await api.rest('GET', '/api/globals/settings')).status).toBe(200)
  expect((await api.rest('POST', '/api/globals/settings', { json: { siteName: 'X' } })).status).toBe(403)
  const refused = await api.rest('POST', '/api/globals/settings', { token: contributor, json: { siteName: 'X' } })
  expect(refused.status).toBe(403)
  const saved = await api.rest('POST', '/api/globals/settings', {
    token: editor,
    json: { siteName: 'Culture Network Events', homeIntro: 'Who we are.' },
  })
  expect(saved.status).toBe(200)
  expect((await siteSettings('en')).siteName).toBe('Culture Network Events')
})

test('a brand colour white text cannot be read on, or that is not a colour, is refused naming the field', async () => {
  for (const [value, reason] of [
    ['#ffd400', /too light: white text on it has a contrast of 1\.\d\d:1 where readers need at least 4\.5:1/],
    ['#77aaff', /too light/],
    ['navy', /"navy" is not a colour/],
  ] as const) {
    const res = await api.rest('POST', '/api/globals/settings', { token: editor, json: { brandColour: value } })
    expect(res.status).toBe(400)
    expect(fieldsIn(res.body)).toEqual(['brandColour'])
    expect(messagesIn(res.body)).toMatch(reason)
  }
  expect((await siteSettings('en')).brandColour).toBe('#003399')
  const dark = await api.rest('POST', '/api/globals/settings', { token: editor, json: { brandColour: '#6b1d5c' } })
  expect(dark.status).toBe(200)
  expect((await siteSettings('en')).brandColour).toBe('#6b1d5c')
})

test('a footer link must be a web address', async () => {
  const res = await api.rest('POST', '/api/globals/settings', {
    token: editor,
    json: { footerLinks: [{ label: 'Ours', url: 'javascript:alert(1)' }] },
  })
  expect(res.status).toBe(400)
  expect(fieldsIn(res.body)).toEqual(['footerLinks.0.url'])
})

test('a page’s text must be rich text, with links a reader can follow', async () => {
  for (const legalNotice of ['not rich text', { root: { type: 'paragraph' } }]) {
    const res = await api.rest('POST', '/api/globals/settings', { token: editor, json: { legalNotice } })
    expect(res.status).toBe(400)
    expect(fieldsIn(res.body)).toEqual(['legalNotice'])
  }
  expect((await siteSettings('en')).pages.legalNotice).toBeNull()
})

test('the seed leaves settings an editor has written alone', async () => {
  await seed(ctx.payload, () => undefined)
  const settings = await siteSettings('en')
  expect(settings.siteName).toBe('Culture Network Events')
  expect(settings.homeIntro).toBe('Who we are.')
  expect(settings.pages.accessibility).toBeNull()
})
