import type { Metadata } from 'next'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { EventList } from '@/components/EventList'
import { LinkList } from '@/components/LinkList'
import { SearchForm } from '@/components/SearchForm'
import { pageMetadata } from '@/data/metadata'
import { MAX_QUERY_LENGTH, search } from '@/data/search'
import { messages } from '@/lib/i18n/messages'
import { localeOf, type LocaleParams, type SearchParams } from '../params'
import { single } from '@/lib/query/query'
import { routes } from '@/lib/routes'

// Reads the query string, so it renders per request (its data reads are still cached).
export const dynamic = 'force-dynamic'

type Props = { params: LocaleParams; searchParams: SearchParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  return pageMetadata({ locale, path: routes(locale).search(), title: messages(locale).search, noindex: true })
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await localeOf(params)
  const t = messages(locale)
  const r = routes(locale)
  const q = (single((await searchParams).q) ?? '').slice(0, MAX_QUERY_LENGTH)
  const results = q.trim() ? await search(q, locale) : null
  const groups = results
    ? [
        { title: t.tags, items: results.tags },
        { title: t.clusters, items: results.clusters },
        { title: t.institutes, items: results.institutes },
        { title: t.partners, items: results.partners },
      ].filter((g) => g.items.length)
    : []
  const nothing = results && !results.events.length && !groups.length

  return (
    <>
      <Breadcrumbs label={t.breadcrumbs} items={[{ label: t.home, href: r.home() }, { label: t.search }]} />
      <h1>{q.trim() ? t.fill(t.resultsFor, { q: q.trim() }) : t.search}</h1>
      <SearchForm locale={locale} query={q} />
      {nothing ? <p className="empty">{t.noResults}</p> : null}
      {results?.events.length ? (
        <section aria-labelledby="events-heading">
          <h2 id="events-heading">{t.events}</h2>
          <EventList events={results.events} locale={locale} empty="" />
        </section>
      ) : null}
      {groups.map((group) => (
        <section key={group.title} aria-label={group.title}>
          <h2>{group.title}</h2>
          <LinkList items={group.items} />
        </section>
      ))}
    </>
  )
}
