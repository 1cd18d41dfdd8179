import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { EuDisclaimer } from '@/components/EuDisclaimer'
import { EventDates } from '@/components/EventDates'
import { Facts } from '@/components/Facts'
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

      <Facts
        facts={[
          {
            term: 'Tags',
            className: 'tag-list',
            items: tags.map((tag) => ({ key: tag.id, content: <Link href={routes.tag(tag.slug ?? '')}>{tag.name}</Link> })),
          },
          { term: 'Clusters', items: clusters.map((cluster) => ({ key: cluster.id, content: cluster.name })) },
          {
            term: 'Hosted by',
            items: hosts.map((host) => ({
              key: host.id,
              content: <Labelled name={host.name} label={organisationLabel(host.organisation)} />,
            })),
          },
          {
            term: 'Partners',
            items: partners.map((partner) => ({
              key: partner.id,
              content: <Labelled name={partner.name} label={partnerKindLabel(partner.kind)} />,
            })),
          },
        ]}
      />

      {event.euCofunded ? <EuDisclaimer locale={locale} /> : null}
    </article>
  )
}

function Labelled({ name, label }: { name: string; label: string }) {
  return (
    <>
      {name}
      {label ? <span className="muted"> ({label})</span> : null}
    </>
  )
}
