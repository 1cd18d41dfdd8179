import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { EuDisclaimer } from '@/components/EuDisclaimer'
import { EventDates } from '@/components/EventDates'
import { EventList } from '@/components/EventList'
import { Facts } from '@/components/Facts'
import { JsonLd } from '@/components/JsonLd'
import { LabelledLink } from '@/components/LabelledLink'
import { Link } from '@/components/Link'
import { LivePreviewRefresh } from '@/components/LivePreviewRefresh'
import { Photo } from '@/components/Photo'
import { RichText } from '@/components/RichText'
import { getEventBySlug, relatedEvents } from '@/data/events'
import { previewEvent } from '@/data/preview'
import { googleCalendarUrl } from '@/lib/calendar'
import { messages } from '@/lib/messages'
import { organisationName } from '@/lib/memberships'
import { localeOf, type SlugParams } from '@/lib/page-params'
import { partnerKindLabel } from '@/lib/partner-kinds'
import { photoOf, photoUrl } from '@/lib/photos'
import { populated } from '@/lib/relations'
import { eventJsonLd } from '@/lib/json-ld'
import { absoluteUrl, routes } from '@/lib/routes'
import { pageMetadata } from '@/lib/seo'
import { venueText } from '@/lib/venue'
import type { Cluster, Institute, Partner, Photo as PhotoDoc, Tag } from '@/payload-types'

type Props = { params: SlugParams }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const event = await getEventBySlug((await params).slug, locale)
  if (!event) return {}
  const hero = photoOf(event.heroPhoto)
  const heroUrl = hero && photoUrl(hero, 'og')
  return pageMetadata({
    locale,
    path: routes(locale).event(event.slug ?? ''),
    title: event.title,
    description: event.summary,
    image: hero && heroUrl ? { url: heroUrl, alt: hero.alt } : null,
    type: 'article',
  })
}

export default async function EventPage({ params }: Props) {
  const locale = await localeOf(params)
  const { slug: requested } = await params
  const draft = await previewEvent(requested, locale)
  const event = draft ?? (await getEventBySlug(requested, locale))
  if (!event) notFound()
  const t = messages(locale)
  const r = routes(locale)

  const tags = populated<Tag>(event.tags)
  const clusters = populated<Cluster>(event.clusters)
  const hosts = populated<Institute>(event.hostInstitutes)
  const partners = populated<Partner>(event.partners)
  const gallery = populated<PhotoDoc>(event.gallery)
  const related = await relatedEvents(event, locale)
  const place = venueText(event.venue, locale)
  const slug = event.slug ?? ''
  const google = googleCalendarUrl({
    title: event.title,
    summary: event.summary,
    startDate: event.startDate,
    endDate: event.endDate,
    allDay: event.allDay,
    timeZone: event.startDate_tz,
    location: place || event.onlineUrl || undefined,
    url: absoluteUrl(r.event(slug)),
  })

  return (
    <article className="event">
      {draft && <LivePreviewRefresh />}
      <JsonLd data={eventJsonLd(event, locale)} />
      <Breadcrumbs
        label={t.breadcrumbs}
        items={[{ label: t.home, href: r.home() }, { label: t.events, href: r.events() }, { label: event.title }]}
      />
      <header className="event-header">
        <h1>{event.title}</h1>
        <p className="event-meta">
          <EventDates event={event} locale={locale} />
          {place ? <span className="event-place"> · {place}</span> : null}
        </p>
        {event.summary ? <p className="event-summary">{event.summary}</p> : null}
        {event.onlineUrl ? (
          <p>
            <a href={event.onlineUrl} rel="noopener">
              {t.joinOnline}
            </a>
          </p>
        ) : null}
        <p className="calendar-links">
          <span>
            {t.addToCalendar}
            {t.colon}
          </span>{' '}
          <a href={r.eventIcs(slug)}>{t.downloadIcs}</a> ·{' '}
          <a href={google} rel="noopener">
            {t.googleCalendar}
          </a>
        </p>
      </header>

      <Photo photo={event.heroPhoto} size="hero" locale={locale} priority enlarge />
      <RichText data={event.body} />

      {gallery.length ? (
        <section aria-labelledby="gallery-heading" className="gallery">
          <h2 id="gallery-heading">{t.photos}</h2>
          {gallery.map((photo) => (
            <Photo key={photo.id} photo={photo} size="card" locale={locale} enlarge />
          ))}
        </section>
      ) : null}

      <Facts
        facts={[
          {
            term: t.tags,
            className: 'tag-list',
            items: tags.map((tag) => ({ key: tag.id, content: <Link href={r.tag(tag.slug ?? '')}>{tag.name}</Link> })),
          },
          {
            term: t.clusters,
            items: clusters.map((c) => ({ key: c.id, content: <Link href={r.cluster(c.slug ?? '')}>{c.name}</Link> })),
          },
          {
            term: t.hostedBy,
            items: hosts.map((host) => ({
              key: host.id,
              content: (
                <LabelledLink
                  href={r.institute(host.slug ?? '')}
                  label={host.name}
                  note={organisationName(host.organisation)}
                />
              ),
            })),
          },
          {
            term: t.partners,
            items: partners.map((partner) => ({
              key: partner.id,
              content: (
                <LabelledLink
                  href={r.partner(partner.slug ?? '')}
                  label={partner.name}
                  note={partnerKindLabel(partner.kind, locale)}
                />
              ),
            })),
          },
        ]}
      />

      {event.euCofunded ? <EuDisclaimer locale={locale} /> : null}

      {related.length ? (
        <section aria-labelledby="related-heading" className="related">
          <h2 id="related-heading">{t.relatedEvents}</h2>
          <EventList events={related} locale={locale} empty="" />
        </section>
      ) : null}
    </article>
  )
}
