import fs from 'node:fs'

import sharp from 'sharp'

import { createUser, jpeg } from '../helpers/fixtures'
import { apiClient, messagesIn } from '../helpers/http'
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

const files = () => fs.readdirSync(ctx.mediaDir).sort()
const photos = async () => (await ctx.payload.count({ collection: 'photos' })).totalDocs

function upload(
  data: Buffer,
  name: string,
  type = 'image/png',
  fields: Record<string, unknown> = { alt: 'x', credit: 'y' },
) {
  const form = new FormData()
  form.append('_payload', JSON.stringify(fields))
  form.append('file', new Blob([new Uint8Array(data)], { type }), name)
  return api.rest('POST', '/api/photos', { form, token: editor })
}

describe('uploads', () => {
  test('a small file of 10000 × 10000 pixels is refused before it is decoded', async () => {
    const bomb = await sharp({
      create: { width: 10_000, height: 10_000, channels: 3, background: { r: 0, g: 0, b: 0 } },
    })
      .png({ compressionLevel: 9 })
      .toBuffer()
    expect(bomb.length).toBeLessThan(1024 * 1024)
    const before = { files: files(), photos: await photos() }
    const rss = process.memoryUsage().rss
    const res = await upload(bomb, 'bomb.png')
    expect(res.status).toBe(413)
    expect(messagesIn(res.body)).toMatch(/10000 × 10000/)
    expect(process.memoryUsage().rss - rss).toBeLessThan(100 * 1024 * 1024)
    expect({ files: files(), photos: await photos() }).toEqual(before)
  })

  test('a refused upload leaves no file behind', async () => {
    const before = { files: files(), photos: await photos() }
    const long = await upload(await jpeg(), `${'a'.repeat(1000)}.jpg`, 'image/jpeg')
    expect(long.status).toBe(400)
    const noCredit = await upload(await jpeg(), 'no-credit.jpg', 'image/jpeg', { alt: 'x' })
    expect(noCredit.status).toBe(400)
    expect({ files: files(), photos: await photos() }).toEqual(before)
  })

  test('a fault after the files are written removes them again', async () => {
    const before = { files: files(), photos: await photos() }
    const hooks = ctx.payload.collections.photos.config.hooks.afterChange
    const fail = () => {
      throw new Error('simulated fault after the upload')
    }
    hooks.push(fail)
    try {
      expect((await upload(await jpeg(), 'fault.jpg', 'image/jpeg')).status).toBe(500)
    } finally {
      hooks.splice(hooks.indexOf(fail), 1)
    }
    expect({ files: files(), photos: await photos() }).toEqual(before)
  })

  test('files are served as what they are, never sniffed', async () => {
    const res = await upload(await jpeg(), 'served.jpg', 'image/jpeg')
    expect(res.status).toBe(201)
    const file = await api.rest('GET', `/api/photos/file/${res.body.doc.filename}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(file.headers.get('Content-Disposition')).toBe('inline')
    expect(file.headers.get('Content-Security-Policy')).toContain('sandbox')
    const missing = await api.rest('GET', '/api/photos/file/never-uploaded.jpg')
    expect(missing.status).toBe(404)
  })
})

describe('the name a photo is stored under', () => {
  test('the extension is the one of the image, whatever the name said', async () => {
    const webp = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#345' } })
      .webp()
      .toBuffer()
    for (const [data, name, type, stored] of [
      [await jpeg(), 'programme.html', 'image/jpeg', /^programme\.jpg$/],
      [await jpeg(), 'poster.php.png', 'image/png', /^poster\.php\.jpg$/],
      [webp, 'hall.jpg', 'image/jpeg', /^hall\.webp$/],
      [await jpeg(), 'group.jpeg', 'image/jpeg', /^group\.jpeg$/],
    ] as const) {
      const res = await upload(data, name, type)
      expect({ name, status: res.status }).toEqual({ name, status: 201 })
      expect(res.body.doc.filename).toMatch(stored)
      expect(res.body.doc.url).not.toMatch(/\.(html|php\.png)/)
    }
  })
})
