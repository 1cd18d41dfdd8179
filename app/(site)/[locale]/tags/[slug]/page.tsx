import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { EmbedSnippet } from '@/components/EmbedSnippet'
import { EntityHeader } from '@/components/EntityHeader'
import { EventList } from '@/components/EventList'
import { Pagination } from '@/components/Pagination'
import { listEvents } from '@/data/events'
import { pageMetadata } from '@/data/metadata'
import { getTagBySlug } from '@/data/taxonomy'
import { messages } from '@/lib/messages'
import { localeOf, type SearchParams, type SlugParams } from '../../params'
import { pageParam, pastLastPage } from '@/lib/pagination'
import { routes } from '@/lib/routes'

// Reads the query string, so it renders per request (its data reads are still cached).
export const dynamic = 'force-dynamic'

type Props = { params: SlugParams; searchParams: SearchParams }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const tag = await getTagBySlug((await params).slug, locale)
  if (!tag) return {}
  const page = pageParam((await searchParams).page)
  const meta = await pageMetadata({
    locale,
    path: routes(locale).tag(tag.slug, page),
    title: tag.name,
    description: tag.description,
  })
  return { ...meta, alternates: { ...meta.alternates, types: { 'application/rss+xml': tag.feedHref } } }
}

export default async function TagPage({ params, searchParams }: Props) {
  const locale = await localeOf(params)
  const tag = await getTagBySlug((await params).slug, locale)
  if (!tag) notFound()
  const t = messages(locale)
  const r = routes(locale)
  const page = pageParam((await searchParams).page)
  const { events, totalPages, totalDocs } = await listEvents({ locale, page, tagId: tag.id })
  if (pastLastPage(page, totalPages)) notFound()

  return (
    <>
      <Breadcrumbs
        label={t.breadcrumbs}
        items={[{ label: t.home, href: r.home() }, { label: t.tags, href: r.tags() }, { label: tag.name }]}
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
