import type { Metadata } from 'next'

import { EventList } from '@/components/EventList'
import { Link } from '@/components/Link'
import { LinkList } from '@/components/LinkList'
import { SearchForm } from '@/components/SearchForm'
import { listEventCards } from '@/data/events'
import { pageMetadata } from '@/data/metadata'
import { siteSettings } from '@/data/settings'
import { clustersByRegion, listClusters, listTags } from '@/data/taxonomy'
import { messages } from '@/lib/i18n/messages'
import { localeOf, type LocaleParams } from './params'
import { routes } from '@/lib/routes'

const NEXT_EVENTS = 6
const RECENT_EVENTS = 3

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await localeOf(params)
  const settings = await siteSettings(locale)
  return pageMetadata({
    locale,
    path: routes(locale).home(),
    title: settings.siteName,
    description: settings.homeIntro || settings.tagline,
  })
}

export default async function HomePage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params)
  const t = messages(locale)
  const r = routes(locale)
  const [settings, upcoming, past, tags, clusters] = await Promise.all([
    siteSettings(locale),
    listEventCards({ locale, when: 'upcoming', limit: NEXT_EVENTS }),
    listEventCards({ locale, when: 'past', limit: RECENT_EVENTS }),
    listTags(locale),
    listClusters(locale),
  ])

  return (
    <>
      <section className="intro" aria-labelledby="intro-heading">
        <h1 id="intro-heading">{settings.siteName}</h1>
        <p className="lead">{settings.homeIntro || settings.tagline}</p>
        <SearchForm locale={locale} />
      </section>
      <section aria-labelledby="upcoming-heading">
        <div className="section-head">
          <h2 id="upcoming-heading">{t.nextEvents}</h2>
          <Link href={r.events()}>{t.viewAllEvents}</Link>
        </div>
        <EventList events={upcoming.events} locale={locale} empty={t.noUpcoming} />
      </section>
      <section aria-labelledby="regions-heading">
        <h2 id="regions-heading">{t.clustersByRegion}</h2>
        <div className="regions">
          {clustersByRegion(clusters).map((group) => (
            <section key={group.region || 'none'} className="region" aria-label={group.label || t.clusters}>
              <h3>{group.label || t.clusters}</h3>
              <LinkList items={group.clusters.map((c) => ({ ...c, note: undefined }))} />
            </section>
          ))}
        </div>
      </section>
      <section aria-labelledby="tags-heading">
        <h2 id="tags-heading">{t.topics}</h2>
        <LinkList className="tag-list" items={tags} />
      </section>
      <section aria-labelledby="past-heading">
        <div className="section-head">
          <h2 id="past-heading">{t.recentEvents}</h2>
          <Link href={r.events({ when: 'past' })}>{t.pastEvents}</Link>
        </div>
        <EventList events={past.events} locale={locale} empty={t.noEvents} />
      </section>
    </>
  )
}
