import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { EuDisclaimer } from '@/components/EuDisclaimer'
import { EventDates } from '@/components/EventDates'
import { Photo } from '@/components/Photo'
import { RichText } from '@/components/RichText'
import { getEventBySlug } from '@/data/events'
import { countryName } from '@/lib/countries'
import { DEFAULT_LOCALE } from '@/lib/locales'
import { organisationLabel } from '@/lib/organisations'
import { partnerKindLabel } from '@/lib/partner-kinds'
import { populated } from '@/lib/relations'
import { routes } from '@/lib/routes'
import type { Cluster, Institute, Partner, Photo as PhotoDoc, Tag } from '@/payload-types'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await getEventBySlug((await params).slug, DEFAULT_LOCALE)
  if (!event) return {}
  return { title: event.title, description: event.summary ?? undefined }
}

export default async function EventPage({ params }: Props) {
  const locale = DEFAULT_LOCALE
  const event = await getEventBySlug((await params).slug, locale)
  if (!event) notFound()

  const tags = populated<Tag>(event.tags)
  const clusters = populated<Cluster>(event.clusters)
  const hosts = populated<Institute>(event.hostInstitutes)
  const partners = populated<Partner>(event.partners)
  const gallery = populated<PhotoDoc>(event.gallery)
  const { venue } = event
  const place = [venue?.name, venue?.city, countryName(venue?.country, locale)].filter(Boolean).join(', ')

  return (
    <article className="event">
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
              Join online
            </a>
          </p>
        ) : null}
      </header>

      <Photo photo={event.heroPhoto} size="hero" priority />
      <RichText data={event.body} />

      {gallery.length ? (
        <section aria-labelledby="gallery-heading" className="gallery">
          <h2 id="gallery-heading">Photos</h2>
          {gallery.map((photo) => (
            <Photo key={photo.id} photo={photo} size="card" />
          ))}
        </section>
      ) : null}

      <dl className="event-facts">
        {tags.length ? (
          <>
            <dt>Tags</dt>
            <dd>
              <ul className="tag-list">
                {tags.map((tag) => (
                  <li key={tag.id}>
                    <Link href={routes.tag(tag.slug ?? '')}>{tag.name}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {clusters.length ? (
          <>
            <dt>Clusters</dt>
            <dd>
              <ul>
                {clusters.map((cluster) => (
                  <li key={cluster.id}>{cluster.name}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {hosts.length ? (
          <>
            <dt>Hosted by</dt>
            <dd>
              <ul>
                {hosts.map((host) => (
                  <li key={host.id}>
                    {host.name}
                    {host.organisation ? <span className="muted"> ({organisationLabel(host.organisation)})</span> : null}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {partners.length ? (
          <>
            <dt>Partners</dt>
            <dd>
              <ul>
                {partners.map((partner) => (
                  <li key={partner.id}>
                    {partner.name}
                    {partner.kind ? <span className="muted"> ({partnerKindLabel(partner.kind)})</span> : null}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>

      {event.euCofunded ? <EuDisclaimer locale={locale} /> : null}
    </article>
  )
}
