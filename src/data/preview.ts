import { draftMode, headers } from 'next/headers'
import type { TypedUser } from 'payload'

import { NOTE_FALLBACKS } from '@/lib/i18n/fallback-paths'
import type { Locale } from '@/lib/i18n/locales'

import { payloadClient } from './client'
import { type EventView, eventView } from './views/event'

/** The signed-in admin user of this request (from Payload's session cookie), or null. */
export async function currentEditor(): Promise<TypedUser | null> {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user ?? null
}

/**
 * In draft preview, the newest draft of an event as its signed-in editor sees it; null when preview is off
 * or nobody is signed in (then the page shows the published version). Never cached.
 */
export async function previewEvent(slug: string, locale: Locale): Promise<EventView | null> {
  if (!(await draftMode()).isEnabled) return null
  const user = await currentEditor()
  if (!user) return null
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'events',
    where: { slug: { equals: slug } },
    draft: true,
    locale,
    depth: 2,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    user,
    context: { [NOTE_FALLBACKS]: true },
  })
  return docs[0] ? eventView(docs[0], locale) : null
}
