import type { Metadata } from 'next'

import { NotFoundPage } from '@/components/NotFoundPage'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { EmbedSnippet } from '@/components/EmbedSnippet'
import { EntityHeader } from '@/components/EntityHeader'
import { EventList } from '@/components/EventList'
import { Pagination } from '@/components/Pagination'
import { listEventCards } from '@/data/events'
import { notFoundMetadata, pageMetadata } from '@/data/metadata'
import { getTagBySlug } from '@/data/taxonomy'
import { messages } from '@/lib/i18n/messages'
import { pastLastPage } from '@/lib/query/pagination'
import { routes } from '@/lib/routes'
import type { Locale } from '@/lib/i18n/locales'

/**
 * A tag's archive, one page of it: page 1 at /tags/x, the others at /tags/x/page/N, so that every page is an
 * address of its own that the caches keep.
 */
export async function tagArchiveMetadata(locale: Locale, slug: string, page: number): Promise<Metadata> {
  const tag = await getTagBySlug(slug, locale)
  if (!tag) return notFoundMetadata(locale)
  const meta = await pageMetadata({
    locale,
    path: routes(locale).tag(tag.slug, page),
    title: tag.name,
    description: tag.description,
  })
  return { ...meta, alternates: { ...meta.alternates, types: { 'application/rss+xml': tag.feedHref } } }
}

export async function TagArchive({ locale, slug, page }: { locale: Locale; slug: string; page: number }) {
  const tag = await getTagBySlug(slug, locale)
  if (!tag) return <NotFoundPage locale={locale} />
  const t = messages(locale)
  const r = routes(locale)
  const { events, totalPages, totalDocs } = await listEventCards({ locale, page, tagId: tag.id })
  if (pastLastPage(page, totalPages)) return <NotFoundPage locale={locale} />

  return (
    <>
      <Breadcrumbs
        label={t.breadcrumbs}
        items={[
          { label: t.home, href: r.home() },
          { label: t.tags, href: r.tags() },
          { label: tag.name, lang: tag.lang },
        ]}
      />
      <EntityHeader entity={tag} locale={locale}>
        <p className="muted">
          {t.count(t.eventCount, totalDocs)} · <a href={tag.feedHref}>{t.rssFeed}</a>
        </p>
      </EntityHeader>
      <EventList events={events} locale={locale} empty={t.noEvents} headingLevel={2} />
      <Pagination t={t} page={page} totalPages={totalPages} href={(p) => r.tag(tag.slug, p)} />
      <EmbedSnippet locale={locale} list={{ tag: tag.slug }} title={tag.name} />
    </>
  )
}
