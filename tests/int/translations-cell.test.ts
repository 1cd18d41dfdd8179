import { renderToStaticMarkup } from 'react-dom/server'

import { TranslationsCell } from '@/admin/TranslationsCell'

import { eventData } from '../helpers/fixtures'
import { startPayload, stopPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
beforeAll(async () => {
  ctx = await startPayload()
})
afterAll(() => stopPayload(ctx))

test('the Translations column says what is missing, in the events list and in a cluster’s table of its events', async () => {
  const event = await ctx.payload.create({ collection: 'events', data: eventData({ title: 'Only in English' }) })
  const html = async (props: Record<string, unknown>) =>
    renderToStaticMarkup(
      (await TranslationsCell({ rowData: { id: event.id }, payload: ctx.payload, ...props } as never))!,
    )
  // As the events list renders it (its collection handed over), and as a join table does (only the field's own).
  expect(await html({ collectionConfig: ctx.payload.collections.events.config })).toContain(
    'Missing: Français, Deutsch',
  )
  expect(await html({ collectionSlug: 'events' })).toContain('Missing: Français, Deutsch')
})
