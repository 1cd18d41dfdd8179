import ExifReader from 'exifreader'
import sharp from 'sharp'

import { createUser, jpeg } from '../helpers/fixtures'
import { apiClient } from '../helpers/http'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

/** Photo credits travel with the files: every stored size, downloaded, says who took it and what it shows. */
let ctx: TestContext
let api: ReturnType<typeof apiClient>
let token: string

beforeAll(async () => {
  ctx = await startPayload()
  api = apiClient(ctx.config)
  token = (await createUser(ctx.payload, 'editor')).token
})
afterAll(() => stopPayload(ctx))

type Sizes = Record<string, { url?: string | null; filename?: string | null }>

async function upload(file: Buffer, name: string, type: string, fields: Record<string, string>) {
  const form = new FormData()
  form.append('_payload', JSON.stringify(fields))
  form.append('file', new Blob([new Uint8Array(file)], { type }), name)
  const res = await api.rest('POST', '/api/photos', { form, token })
  expect(res.status).toBe(201)
  return res.body.doc as { id: number; url: string; sizes: Sizes }
}

/** A file as a visitor downloads it, read by a metadata reader. */
async function downloaded(url: string) {
  const res = await api.rest('GET', new URL(url, 'http://localhost').pathname, { binary: true })
  expect(res.status).toBe(200)
  const bytes = res.body as Buffer
  const tags = ExifReader.load(bytes, { expanded: true }) as Record<string, Record<string, any> | undefined>
  const langs = (tag: { value: Array<{ value: string; attributes: { lang: string } }> } | undefined) =>
    Object.fromEntries((tag?.value ?? []).map((v) => [v.attributes.lang, v.value]))
  return {
    creator: tags.xmp?.creator?.description,
    credit: tags.xmp?.Credit?.description,
    description: langs(tags.xmp?.description as never),
    alt: langs(tags.xmp?.AltTextAccessibility as never),
    artist: tags.exif?.Artist?.description,
    width: (await sharp(bytes).metadata()).width,
  }
}

test('the card and hero files of an uploaded photo carry its credit, caption and alt text', async () => {
  const photo = await upload(await jpeg(1800, 1200), 'almaty-group.jpg', 'image/jpeg', {
    alt: 'Participants in front of the Goethe-Institut',
    caption: 'The group on the first day',
    credit: 'Goethe-Institut Kasachstan / Aida Photographer',
  })
  for (const url of [photo.url, photo.sizes.card.url, photo.sizes.hero.url, photo.sizes.thumbnail.url]) {
    const file = await downloaded(url as string)
    expect(file).toMatchObject({
      creator: 'Goethe-Institut Kasachstan / Aida Photographer',
      credit: 'Goethe-Institut Kasachstan / Aida Photographer',
      description: { 'x-default': 'The group on the first day', en: 'The group on the first day' },
      alt: { en: 'Participants in front of the Goethe-Institut' },
      artist: 'Goethe-Institut Kasachstan / Aida Photographer',
    })
  }
  expect((await downloaded(photo.sizes.hero.url as string)).width).toBe(1600)
  expect((await downloaded(photo.sizes.card.url as string)).width).toBe(768)
})

test('a changed credit and a French caption reach the stored files', async () => {
  const photo = await upload(await jpeg(1000, 700), 'visit.jpg', 'image/jpeg', {
    alt: 'A visit',
    credit: 'Unknown',
  })
  expect(
    (await api.rest('PATCH', `/api/photos/${photo.id}`, { token, json: { credit: 'Dybys project' } })).status,
  ).toBe(200)
  expect(
    (
      await api.rest('PATCH', `/api/photos/${photo.id}?locale=fr`, {
        token,
        json: { caption: 'La visite des partenaires', alt: 'Une visite' },
      })
    ).status,
  ).toBe(200)
  const card = await downloaded(photo.sizes.card.url as string)
  expect(card.creator).toBe('Dybys project')
  expect(card.description).toEqual({ 'x-default': 'La visite des partenaires', fr: 'La visite des partenaires' })
  expect(card.alt).toMatchObject({ en: 'A visit', fr: 'Une visite' })
})

test('a PNG keeps its format and gets the same metadata', async () => {
  const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#336699' } })
    .png()
    .toBuffer()
  const photo = await upload(png, 'diagram.png', 'image/png', { alt: 'A diagram', credit: 'EUNIC' })
  const res = await api.rest('GET', new URL(photo.sizes.card.url as string, 'http://localhost').pathname, {
    binary: true,
  })
  expect(res.headers.get('content-type')).toMatch(/png/)
  expect((await downloaded(photo.sizes.card.url as string)).credit).toBe('EUNIC')
})
