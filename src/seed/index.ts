import type { CollectionSlug, Payload } from 'payload'

import { DEFAULT_LOCALE, LOCALES } from '@/lib/i18n/locales'
import { messages } from '@/lib/i18n/messages'
import { SITE_PAGES, type SitePageName } from '@/lib/site-pages'
import { wallTimeToUtc } from '@/lib/time/zoned-time'

import { CLUSTERS, EVENT, INSTITUTES, PARTNERS, PHOTOS, REGION, TAGS } from './data'
import { MEMBERS_2026 } from '../../migrations/snapshots/members-2026'
import { placeholderJpeg } from './placeholder'
import { paragraphs } from './richtext'
import { SETTINGS } from './settings'

export type SeedLog = (line: string) => void
export type SeedResult = { created: number; existing: number }

type Id = number | string

/**
 * Loads the demo content. Each piece is looked up by its slug (photos by file name) and created only when
 * missing, so running it twice changes nothing. Revalidation is skipped: nothing is cached yet.
 */
export async function seed(payload: Payload, log: SeedLog = console.log): Promise<SeedResult> {
  const context = { disableRevalidate: true }
  const result: SeedResult = { created: 0, existing: 0 }

  async function ensure(
    collection: CollectionSlug,
    where: { field: string; value: string },
    label: string,
    make: () => Promise<{ id: Id }>,
  ): Promise<Id> {
    const found = await payload.find({
      collection,
      where: { [where.field]: { equals: where.value } },
      limit: 1,
      depth: 0,
      pagination: false,
    })
    if (found.docs[0]) {
      result.existing += 1
      log(`  · ${collection}: ${label} (already there)`)
      return found.docs[0].id
    }
    const doc = await make()
    result.created += 1
    log(`  ✓ ${collection}: ${label}`)
    return doc.id
  }

  const ids = (keys: string[], map: Map<string, Id>) =>
    keys.map((key) => {
      const id = map.get(key)
      if (id === undefined) throw new Error(`Seed data refers to "${key}", which it does not define.`)
      return id
    })

  /** Ensures every item of a list by its slug and returns key → id. */
  async function ensureAll<T extends { key: string; slug: string; name: string }>(
    collection: 'tags' | 'institutes' | 'clusters' | 'partners' | 'organisations',
    items: T[],
    create: (item: T) => Promise<{ id: Id }>,
  ): Promise<Map<string, Id>> {
    const map = new Map<string, Id>()
    for (const item of items)
      map.set(item.key, await ensure(collection, { field: 'slug', value: item.slug }, item.name, () => create(item)))
    return map
  }

  const tags = await ensureAll('tags', TAGS, async ({ key: _key, translations, ...data }) => {
    const doc = await payload.create({ collection: 'tags', data, context })
    for (const [locale, name] of Object.entries(translations ?? {})) {
      await payload.update({ collection: 'tags', id: doc.id, locale: locale as 'fr' | 'de', data: { name }, context })
    }
    return doc
  })

  const photos = new Map<string, Id>()
  for (const photo of PHOTOS) {
    const id = await ensure('photos', { field: 'filename', value: photo.filename }, photo.filename, async () => {
      const data = await placeholderJpeg(photo)
      return payload.create({
        collection: 'photos',
        data: { alt: photo.alt, caption: photo.caption, credit: photo.credit },
        file: { data, mimetype: 'image/jpeg', name: photo.filename, size: data.length },
        context,
      })
    })
    photos.set(photo.key, id)
  }

  const organisations = await ensureAll(
    'organisations',
    MEMBERS_2026.map((member) => ({ ...member, key: member.slug })),
    ({ key: _key, ...data }) =>
      payload.create({ collection: 'organisations', data: { ...data, membership: 'full' }, context }),
  )
  const institutes = await ensureAll('institutes', INSTITUTES, ({ key: _key, organisation, ...data }) =>
    payload.create({
      collection: 'institutes',
      data: { ...data, organisation: ids([organisation], organisations)[0] as number },
      context,
    }),
  )
  const clusters = await ensureAll('clusters', CLUSTERS, ({ key: _key, members, ...data }) =>
    payload.create({
      collection: 'clusters',
      data: { ...data, region: REGION, members: ids(members, institutes) as number[] },
      context,
    }),
  )
  const partners = await ensureAll('partners', PARTNERS, ({ key: _key, ...data }) =>
    payload.create({ collection: 'partners', data, context }),
  )

  await ensure('events', { field: 'slug', value: EVENT.slug }, EVENT.title, async () => {
    const doc = await payload.create({
      collection: 'events',
      context,
      data: {
        _status: 'published',
        title: EVENT.title,
        slug: EVENT.slug,
        summary: EVENT.summary,
        startDate: wallTimeToUtc(EVENT.start, EVENT.timezone).toISOString(),
        startDate_tz: EVENT.timezone as 'Asia/Almaty',
        endDate: wallTimeToUtc(EVENT.end, EVENT.timezone).toISOString(),
        endDate_tz: EVENT.timezone as 'Asia/Almaty',
        allDay: EVENT.allDay,
        venue: EVENT.venue,
        body: paragraphs(EVENT.body) as never,
        heroPhoto: ids([EVENT.heroPhoto], photos)[0] as number,
        gallery: ids(EVENT.gallery, photos) as number[],
        tags: ids(EVENT.tags, tags) as number[],
        clusters: ids(EVENT.clusters, clusters) as number[],
        hostInstitutes: ids(EVENT.hostInstitutes, institutes) as number[],
        partners: ids(EVENT.partners, partners) as number[],
        euCofunded: EVENT.euCofunded,
      },
    })
    for (const locale of ['fr', 'de'] as const) {
      const title = EVENT.titleTranslations[locale]
      const summary = (EVENT.summaryTranslations as Partial<Record<'fr' | 'de', string>>)[locale]
      await payload.update({
        collection: 'events',
        id: doc.id,
        locale,
        data: { _status: 'published', title, ...(summary ? { summary } : {}) },
        context,
      })
    }
    return doc
  })

  await ensureSettings(payload, log, result)
  return result
}

/** The site settings in every language, written once: an editor's later changes are never overwritten. */
async function ensureSettings(payload: Payload, log: SeedLog, result: SeedResult): Promise<void> {
  const context = { disableRevalidate: true }
  const current = await payload.findGlobal({ slug: 'settings', depth: 0 })
  if (current.updatedAt) {
    result.existing += 1
    log('  · settings: site settings (already there)')
    return
  }
  for (const locale of LOCALES) {
    const pages = Object.fromEntries(
      SITE_PAGES.map((name) => [name, paragraphs(SETTINGS.pages[name][locale])]),
    ) as Record<SitePageName, never>
    const footerLinks =
      locale === DEFAULT_LOCALE
        ? SETTINGS.footerLinks.map((link) => ({ url: link.url, label: link.label[locale] }))
        : undefined
    const saved = await payload.findGlobal({ slug: 'settings', depth: 0 })
    await payload.updateGlobal({
      slug: 'settings',
      locale,
      context,
      data: {
        siteName: SETTINGS.siteName,
        brandColour: SETTINGS.brandColour,
        tagline: messages(locale).siteTagline,
        homeIntro: SETTINGS.homeIntro[locale],
        // Rows keep their ids, so each language's labels go on the same links.
        footerLinks:
          footerLinks ??
          (saved.footerLinks ?? []).map((row, i) => ({
            ...row,
            label: SETTINGS.footerLinks[i]?.label[locale] ?? row.label,
          })),
        ...pages,
      },
    })
  }
  result.created += 1
  log('  ✓ settings: site settings in every language')
}
