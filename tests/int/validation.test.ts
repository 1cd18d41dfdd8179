import { createUser, eventData, jpeg } from '../helpers/fixtures'
import { apiClient, fieldsIn, messagesIn } from '../helpers/http'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
let token: string
let api: ReturnType<typeof apiClient>
beforeAll(async () => {
  ctx = await startPayload()
  api = apiClient(ctx.config)
  token = (await createUser(ctx.payload, 'editor')).token
})
afterAll(() => stopPayload(ctx))

async function uploadPhoto(fields: Record<string, string>, file?: { data: Buffer; name: string; type: string }) {
  const form = new FormData()
  form.append('_payload', JSON.stringify(fields))
  if (file) form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
  return api.rest('POST', '/api/photos', { form, token })
}

const countEvents = async () => (await ctx.payload.count({ collection: 'events' })).totalDocs

describe('bad input gets a 400 that names the field, and nothing is written', () => {
  test('an event that ends before it starts', async () => {
    const before = await countEvents()
    const res = await api.rest('POST', '/api/events', {
      token,
      json: eventData({ startDate: '2030-05-02T10:00:00.000Z', endDate: '2030-05-01T10:00:00.000Z' }),
    })
    expect(res.status).toBe(400)
    expect(fieldsIn(res.body)).toContain('endDate')
    expect(messagesIn(res.body)).toMatch(/end cannot come before the start/i)
    expect(await countEvents()).toBe(before)
  })

  test('the answer names each field by the label editors see, with the reason', async () => {
    const res = await api.rest('POST', '/api/events', {
      token,
      json: eventData({ title: '', startDate: '2030-05-02T10:00:00.000Z', endDate: '2030-05-01T10:00:00.000Z' }),
    })
    expect(res.status).toBe(400)
    const [error] = res.body.errors
    const labels = Object.fromEntries(error.data.errors.map((f: { path: string; label: string }) => [f.path, f.label]))
    expect(labels).toMatchObject({ title: 'Title', endDate: 'Ends' })
    // Names, never paths, in the message; each reason beside its field.
    // In the form's order; the slug, built from the title, is wanted too (it sits in the sidebar, after the rest).
    expect(error.message).toBe('The following fields are invalid: Title, Ends, Slug')
    const date = await api.rest('POST', '/api/events', {
      token,
      json: eventData({ startDate: '2030-05-02T10:00:00.000Z', endDate: '2030-05-01T10:00:00.000Z' }),
    })
    expect(date.body.errors[0].message).toBe('The following field is invalid: Ends')
    expect(date.body.errors[0].data.errors[0]).toMatchObject({ path: 'endDate', label: 'Ends' })
    expect(date.body.errors[0].data.errors[0].message).toMatch(/^The end cannot come before the start/)
  })

  test('a draft with several problems is refused once, naming every one of them', async () => {
    const res = await api.rest('POST', '/api/events?draft=true', {
      token,
      json: eventData({
        _status: 'draft',
        startDate: '2030-05-02T10:00:00.000Z',
        endDate: '2030-05-01T10:00:00.000Z',
        venue: { country: 'XX' },
        tags: [999999],
      }),
    })
    expect(res.status).toBe(400)
    expect(fieldsIn(res.body).sort()).toEqual(['endDate', 'tags', 'venue.country'])
    expect(res.body.errors[0].message).toBe('The following fields are invalid: Ends, Venue > Country, Tags')
  })

  test('the date rule holds for drafts too', async () => {
    const res = await api.rest('POST', '/api/events?draft=true', {
      token,
      json: eventData({ _status: 'draft', startDate: '2030-05-02T10:00:00.000Z', endDate: '2030-05-01T10:00:00.000Z' }),
    })
    expect(res.status).toBe(400)
    expect(fieldsIn(res.body)).toContain('endDate')
  })

  test('moving the start after the end of a saved event', async () => {
    const event = await ctx.payload.create({ collection: 'events', data: eventData() })
    const res = await api.rest('PATCH', `/api/events/${event.id}`, {
      token,
      json: { startDate: '2031-01-01T00:00:00.000Z' },
    })
    expect(res.status).toBe(400)
    expect(fieldsIn(res.body)).toContain('endDate')
    const unchanged = await ctx.payload.findByID({ collection: 'events', id: event.id })
    expect(unchanged.startDate).toBe(event.startDate)
  })

  test('a duplicate slug', async () => {
    await ctx.payload.create({ collection: 'events', data: eventData({ slug: 'taken-slug' }) })
    const res = await api.rest('POST', '/api/events', { token, json: eventData({ slug: 'taken-slug' }) })
    expect(res.status).toBe(400)
    expect(fieldsIn(res.body)).toContain('slug')
  })

  test('a slug that cannot be built from the title', async () => {
    const res = await api.rest('POST', '/api/tags', { token, json: { name: 'Қазақстан' } })
    expect(res.status).toBe(400)
    expect(fieldsIn(res.body)).toContain('slug')
    expect(messagesIn(res.body)).toMatch(/slug is required/i)
  })

  test('a missing title', async () => {
    const res = await api.rest('POST', '/api/events', { token, json: eventData({ title: '' }) })
    expect(res.status).toBe(400)
    expect(fieldsIn(res.body)).toContain('title')
  })

  test('a website that is not a web address', async () => {
    const res = await api.rest('POST', '/api/partners', {
      token,
      json: { name: 'Bad site', kind: 'other', website: 'javascript:alert(1)' },
    })
    expect(res.status).toBe(400)
    expect(fieldsIn(res.body)).toContain('website')
  })

  test('an unknown country code', async () => {
    const res = await api.rest('POST', '/api/clusters', { token, json: { name: 'EUNIC Nowhere', country: 'XX' } })
    expect(res.status).toBe(400)
    expect(fieldsIn(res.body)).toContain('country')
  })

  test('a photo without a credit', async () => {
    const before = (await ctx.payload.count({ collection: 'photos' })).totalDocs
    const res = await uploadPhoto({ alt: 'People' }, { data: await jpeg(), name: 'no-credit.jpg', type: 'image/jpeg' })
    expect(res.status).toBe(400)
    expect(fieldsIn(res.body)).toContain('credit')
    expect((await ctx.payload.count({ collection: 'photos' })).totalDocs).toBe(before)
  })

  test('a photo without alt text', async () => {
    const res = await uploadPhoto(
      { credit: 'Somebody' },
      { data: await jpeg(), name: 'no-alt.jpg', type: 'image/jpeg' },
    )
    expect(res.status).toBe(400)
    expect(fieldsIn(res.body)).toContain('alt')
  })

  test('a file that is not an image', async () => {
    const res = await uploadPhoto(
      { alt: 'Text', credit: 'Somebody' },
      { data: Buffer.from('just some text, not a picture'), name: 'notes.txt', type: 'text/plain' },
    )
    expect(res.status).toBe(400)
    expect(messagesIn(res.body)).toMatch(/file type|mime/i)
  })

  test('a photo over the size limit, over REST and the Local API', async () => {
    const { MAX_PHOTO_BYTES } = await import('@/lib/photos/image-sizes')
    const big = Buffer.alloc(MAX_PHOTO_BYTES + 1024, 1)
    const res = await uploadPhoto(
      { alt: 'Big', credit: 'Somebody' },
      { data: big, name: 'big.jpg', type: 'image/jpeg' },
    )
    expect(res.status).toBe(413)
    expect(messagesIn(res.body)).toMatch(/larger than 15 MB/)

    await expect(
      ctx.payload.create({
        collection: 'photos',
        data: { alt: 'Big', credit: 'Somebody' },
        file: { data: big, mimetype: 'image/jpeg', name: 'big-local.jpg', size: big.length },
      }),
    ).rejects.toThrow(/the limit is 15.0 MB/)
  })

  test('a valid photo upload over REST succeeds', async () => {
    const res = await uploadPhoto(
      { alt: 'People', credit: 'Somebody' },
      { data: await jpeg(), name: 'valid.jpg', type: 'image/jpeg' },
    )
    expect(res.status).toBe(201)
    expect(res.body.doc.credit).toBe('Somebody')
  })
})
