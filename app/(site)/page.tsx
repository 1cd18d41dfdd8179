import { EventCard } from '@/components/EventCard'
import { listEvents } from '@/data/events'
import { DEFAULT_LOCALE } from '@/lib/locales'

export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const { events } = await listEvents({ locale: DEFAULT_LOCALE })
  return (
    <>
      <h1>Events of the network</h1>
      {events.length ? (
        <div className="event-list">
          {events.map((event) => (
            <EventCard key={event.id} event={event} locale={DEFAULT_LOCALE} />
          ))}
        </div>
      ) : (
        <p>No events are published yet.</p>
      )}
    </>
  )
}
