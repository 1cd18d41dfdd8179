import type { Metadata } from 'next'

import { NotFoundPage } from '@/components/NotFoundPage'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { EuDisclaimer } from '@/components/EuDisclaimer'
import { EventDates } from '@/components/EventDates'
import { EventList } from '@/components/EventList'
import { JsonLd } from '@/components/JsonLd'
import { KeyFacts } from '@/components/KeyFacts'
import { LivePreviewRefresh } from '@/components/LivePreviewRefresh'
import { Photo } from '@/components/Photo'
import { RichText } from '@/components/RichText'
import { getEventBySlug, relatedEvents } from '@/data/events'
import { notFoundMetadata, pageMetadata } from '@/data/metadata'
import { previewEvent } from '@/data/preview'
import { eventJsonLd } from '@/feeds/json-ld'
import { messages } from '@/lib/i18n/messages'
import { localeOf, renderedWhenAsked, type SlugParams } from '../../params'
import { routes } from '@/lib/routes'

type Props = { params: SlugParams }

export const generateStaticParams = renderedWhenAsked

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const event = await getEventBySlug((await params).slug, locale)
  if (!event) return notFoundMetadata(locale)
  return pageMetadata({
    locale,
    path: event.href,
    title: event.title,
    description: event.summary,
    image: event.hero,
    type: 'article',
  })
}

export default async function EventPage({ params }: Props) {
  const locale = await localeOf(params)
  const { slug } = await params
  const draft = await previewEvent(slug, locale)
  const event = draft ?? (await getEventBySlug(slug, locale))
  if (!event) return <NotFoundPage locale={locale} />
  const t = messages(locale)
  const r = routes(locale)
  const related = await relatedEvents(event, locale)

  return (
    <article className="event">
      {draft && <LivePreviewRefresh />}
      <JsonLd data={eventJsonLd(event, locale)} />
      <Breadcrumbs
        label={t.breadcrumbs}
        items={[
          { label: t.home, href: r.home() },
          { label: t.events, href: r.events() },
          { label: event.title, lang: event.lang.title },
        ]}
      />
      <header className="event-header">
        <h1 lang={event.lang.title}>{event.title}</h1>
        <p className="event-meta">
          <EventDates time={event.time} locale={locale} />
          {event.place ? <span className="event-place"> · {event.place}</span> : null}
        </p>
        {event.summary ? (
          <p className="lead" lang={event.lang.summary}>
            {event.summary}
          </p>
        ) : null}
      </header>

      <div className="event-layout">
        <KeyFacts event={event} locale={locale} />
        <div className="event-main">
          <Photo photo={event.hero} slot="hero" locale={locale} priority enlarge />
          <RichText data={event.body} lang={event.lang.body} />
          {event.gallery.length ? (
            <section aria-labelledby="gallery-heading" className="gallery">
              <h2 id="gallery-heading">{t.photos}</h2>
              {event.gallery.map((photo) => (
                <Photo key={photo.id} photo={photo} slot="gallery" locale={locale} enlarge />
              ))}
            </section>
          ) : null}
          {event.euCofunded ? <EuDisclaimer locale={locale} /> : null}
        </div>
      </div>

      {related.length ? (
        <section aria-labelledby="related-heading" className="related">
          <h2 id="related-heading">{t.relatedEvents}</h2>
          <EventList events={related} locale={locale} empty="" />
        </section>
      ) : null}
    </article>
  )
}
