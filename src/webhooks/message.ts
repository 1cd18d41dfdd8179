import { randomBytes } from 'node:crypto'

import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/i18n/locales'
import { config } from '@/config'
import { absoluteUrl, routes } from '@/lib/routes'

/** The collections other sites can be told about, and the changes they can ask for. */
export const WEBHOOK_COLLECTIONS = ['events', 'tags', 'clusters', 'institutes', 'partners', 'organisations'] as const
export type WebhookCollection = (typeof WEBHOOK_COLLECTIONS)[number]
export const CHANGES = ['publish', 'unpublish', 'update', 'delete'] as const
export type Change = (typeof CHANGES)[number]

export const isWebhookCollection = (slug: string): slug is WebhookCollection =>
  (WEBHOOK_COLLECTIONS as readonly string[]).includes(slug)

/**
 * What a save did to the public, or null when the public sees nothing new (a draft saved, a draft deleted).
 * Without drafts a document is public from its creation. `stillPublic` tells a draft saved beside a published
 * version (the public keeps the published one) from an unpublish.
 */
export function changeOf(s: {
  hasDrafts: boolean
  operation: 'create' | 'update'
  status?: string | null
  wasPublic: boolean
  stillPublic: () => Promise<boolean>
}): Promise<Change | null> | Change | null {
  if (!s.hasDrafts) return s.operation === 'create' ? 'publish' : 'update'
  if (s.status === 'published') return s.wasPublic ? 'update' : 'publish'
  if (!s.wasPublic) return null
  return s.stillPublic().then((still) => (still ? null : 'unpublish'))
}

/** The public page of a document in one language, or null for what has no page of its own. */
export function publicUrl(collection: WebhookCollection, slug: string | null | undefined, locale: Locale) {
  if (!slug || collection === 'organisations') return null
  return absoluteUrl(routes(locale).page(collection, slug), config().serverUrl)
}

export type Message = {
  type: `${WebhookCollection}.${Change}`
  timestamp: string
  data: {
    collection: WebhookCollection
    id: number | string
    slug: string | null
    change: Change
    locale: Locale
    url: string | null
  }
}

/** One message, built when the change happens; every attempt sends the very same bytes under the same id. */
export function message(
  collection: WebhookCollection,
  doc: { id: number | string; slug?: string | null },
  change: Change,
  requestLocale: string | undefined,
  now = new Date(),
): { id: string; body: string } {
  const locale = isLocale(requestLocale) ? requestLocale : DEFAULT_LOCALE
  const slug = doc.slug ?? null
  const body: Message = {
    type: `${collection}.${change}`,
    timestamp: now.toISOString(),
    data: { collection, id: doc.id, slug, change, locale, url: publicUrl(collection, slug, locale) },
  }
  return { id: `msg_${randomBytes(16).toString('hex')}`, body: JSON.stringify(body) }
}
