import type { Tag } from '@/payload-types'
import type { Locale } from '@/lib/locales'

import { payloadClient } from './client'

export async function getTagBySlug(slug: string, locale: Locale): Promise<Tag | null> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'tags',
    where: { slug: { equals: slug } },
    locale,
    depth: 0,
    limit: 1,
    pagination: false,
    joins: false,
    overrideAccess: false,
  })
  return docs[0] ?? null
}
