import type { Metadata } from 'next'

import { NotFoundPage } from '@/components/NotFoundPage'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { EventList } from '@/components/EventList'
import { Link } from '@/components/Link'
import { Pagination } from '@/components/Pagination'
import { eventFacets, listEventCards } from '@/data/events'
import { pageMetadata } from '@/data/metadata'
import { listClusters, listTags } from '@/data/taxonomy'
import { countryName } from '@/lib/i18n/countries'
import { messages } from '@/lib/i18n/messages'
import { pastLastPage } from '@/lib/query/pagination'
import { webcalUrl } from '@/lib/time/calendar'
import { config } from '@/config'
import { absoluteUrl, type EventFilters, routes } from '@/lib/routes'
import type { Locale } from '@/lib/i18n/locales'

/**
 * The events index with its filters and page. Unfiltered at /events; with filters its address keeps them in the
 * query (/events?tag=x&page=2), which proxy.ts hands to a page of its own per set of filters (event-list/), so
 * each is kept like any page.
 */
export async function eventsIndexMetadata(locale: Locale, filters: EventFilters): Promise<Metadata> {
  const t = messages(locale)
  const title = filters.when === 'past' ? t.pastEvents : t.upcomingEvents
  return pageMetadata({ locale, path: routes(locale).events(filters), title, description: t.siteTagline })
}

export async function EventsIndex({ locale, filters }: { locale: Locale; filters: EventFilters }) {
  const t = messages(locale)
  const r = routes(locale)
  const when = filters.when ?? 'upcoming'
  const [list, tags, clusters, facets] = await Promise.all([
    listEventCards({ ...filters, when, locale }),
    listTags(locale),
    listClusters(locale),
    eventFacets(),
  ])
  if (pastLastPage(list.page, list.totalPages)) return <NotFoundPage locale={locale} />
  const other: EventFilters['when'] = when === 'past' ? 'upcoming' : 'past'
  const filtered = Boolean(filters.tag || filters.cluster || filters.country || filters.year)
  const reset = r.events(when === 'past' ? { when } : {})
  const calendar = r.eventsIcs({
    tag: filters.tag,
    cluster: filters.cluster,
    country: filters.country,
    year: filters.year,
  })

  const selects = [
    { name: 'tag', label: t.tag, value: filters.tag, options: tags.map((x) => ({ value: x.slug, label: x.name })) },
    {
      name: 'cluster',
      label: t.cluster,
      value: filters.cluster,
      options: clusters.map((x) => ({ value: x.slug, label: x.name })),
    },
    {
      name: 'country',
      label: t.country,
      value: filters.country,
      options: facets.countries.map((c) => ({ value: c, label: countryName(c, locale) })),
    },
    {
      name: 'year',
      label: t.year,
      value: filters.year ? String(filters.year) : undefined,
      options: facets.years.map((y) => ({ value: String(y), label: String(y) })),
    },
  ]

  return (
    <>
      <Breadcrumbs label={t.breadcrumbs} items={[{ label: t.home, href: r.home() }, { label: t.events }]} />
      <h1>{when === 'past' ? t.pastEvents : t.upcomingEvents}</h1>
      <p>
        <Link href={r.events({ ...filters, when: other, page: 1 })}>
          {other === 'past' ? t.pastEvents : t.upcomingEvents} →
        </Link>
      </p>

      <form className="filters" method="get" action={r.events()} aria-label={t.filters}>
        {when === 'past' ? <input type="hidden" name="when" value="past" /> : null}
        {selects.map((select) => (
          <Select key={select.name} any={t.any} {...select} />
        ))}
        <button type="submit" className="button">
          {t.apply}
        </button>
        <Link href={reset}>{t.reset}</Link>
      </form>

      <p className="muted">
        {t.count(t.eventCount, list.totalDocs)} ·{' '}
        <a href={webcalUrl(absoluteUrl(calendar, config().serverUrl))}>{t.subscribeCalendar}</a> ·{' '}
        <a href={calendar}>{t.downloadIcs}</a>
      </p>
      <EventList
        events={list.events}
        locale={locale}
        headingLevel={2}
        empty={filtered ? t.noMatch : when === 'past' ? t.noEvents : t.noUpcoming}
      />
      {filtered && list.totalDocs === 0 ? (
        <p>
          <Link href={reset}>{t.showAllEvents}</Link>
        </p>
      ) : null}
      <Pagination t={t} page={list.page} totalPages={list.totalPages} href={(page) => r.events({ ...filters, page })} />
    </>
  )
}

type SelectProps = {
  name: string
  label: string
  any: string
  value?: string
  options: { value: string; label: string }[]
}

function Select({ name, label, any, value, options }: SelectProps) {
  // A filter in the address that no event has (a year without events) still shows as chosen.
  const shown = value && !options.some((o) => o.value === value) ? [...options, { value, label: value }] : options
  return (
    <label>
      <span>{label}</span>
      <select name={name} defaultValue={value ?? ''}>
        <option value="">{any}</option>
        {shown.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  )
}
