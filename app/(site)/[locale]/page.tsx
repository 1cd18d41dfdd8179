import type { Metadata } from 'next'

import { EventList } from '@/components/EventList'
import { Link } from '@/components/Link'
import { LinkList } from '@/components/LinkList'
import { listEvents } from '@/data/events'
import { listClusters, listTags } from '@/data/taxonomy'
import { messages } from '@/lib/messages'
import { localeOf, type LocaleParams } from '@/lib/page-params'
import { routes } from '@/lib/routes'
import { pageMetadata } from '@/lib/seo'
import { SITE_NAME } from '@/lib/site'

const HOME_LIST_SIZE = 6

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await localeOf(params)
  const meta = pageMetadata({
    locale,
    path: routes(locale).home(),
    title: SITE_NAME,
    description: messages(locale).siteTagline,
  })
  return { ...meta, title: { absolute: SITE_NAME } }
}

export default async function HomePage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params)
  const t = messages(locale)
  const r = routes(locale)
  const [upcoming, past, tags, clusters] = await Promise.all([
    listEvents({ locale, when: 'upcoming', limit: HOME_LIST_SIZE }),
    listEvents({ locale, when: 'past', limit: HOME_LIST_SIZE }),
    listTags(locale),
    listClusters(locale),
  ])

  return (
    <>
      <h1 className="visually-hidden">{SITE_NAME}</h1>
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{t.upcomingEvents}</h2>
        <EventList events={upcoming.events} locale={locale} empty={t.noUpcoming} />
        {upcoming.totalDocs > HOME_LIST_SIZE ? <Link href={r.events()}>{t.allEvents} →</Link> : null}
      </section>
      <section aria-labelledby="past-heading">
        <h2 id="past-heading">{t.recentEvents}</h2>
        <EventList events={past.events} locale={locale} empty={t.noEvents} />
        {past.totalDocs > HOME_LIST_SIZE ? <Link href={r.events({ when: 'past' })}>{t.pastEvents} →</Link> : null}
      </section>
      <div className="browse">
        <section aria-labelledby="tags-heading">
          <h2 id="tags-heading">{t.topics}</h2>
          <LinkList
            className="tag-list"
            items={tags.map((tag) => ({ key: tag.id, href: r.tag(tag.slug ?? ''), label: tag.name }))}
          />
        </section>
        <section aria-labelledby="clusters-heading">
          <h2 id="clusters-heading">{t.clusters}</h2>
          <LinkList items={clusters.map((c) => ({ key: c.id, href: r.cluster(c.slug ?? ''), label: c.name }))} />
        </section>
      </div>
    </>
  )
}
