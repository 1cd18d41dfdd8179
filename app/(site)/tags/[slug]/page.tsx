import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { EventCard } from '@/components/EventCard'
import { Pagination } from '@/components/Pagination'
import { listEvents } from '@/data/events'
import { getTagBySlug } from '@/data/tags'
import { DEFAULT_LOCALE } from '@/lib/locales'
import { pageParam } from '@/lib/pagination'
import { routes } from '@/lib/routes'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = await getTagBySlug((await params).slug, DEFAULT_LOCALE)
  if (!tag) return {}
  return { title: tag.name, description: tag.description ?? undefined }
}

export default async function TagPage({ params, searchParams }: Props) {
  const locale = DEFAULT_LOCALE
  const tag = await getTagBySlug((await params).slug, locale)
  if (!tag) notFound()
  const page = pageParam((await searchParams).page)
  const { events, totalPages, totalDocs } = await listEvents({ locale, page, tagId: tag.id })

  return (
    <>
      <header className="archive-header">
        <p className="eyebrow">Tag</p>
        <h1>{tag.name}</h1>
        {tag.description ? <p>{tag.description}</p> : null}
        <p className="muted">
          {totalDocs} {totalDocs === 1 ? 'event' : 'events'}
        </p>
      </header>
      {events.length ? (
        <div className="event-list">
          {events.map((event) => (
            <EventCard key={event.id} event={event} locale={locale} />
          ))}
        </div>
      ) : (
        <p>No published events carry this tag{page > 1 ? ' on this page' : ''}.</p>
      )}
      <Pagination page={page} totalPages={totalPages} href={(p) => routes.tag(tag.slug ?? '', p)} />
    </>
  )
}
