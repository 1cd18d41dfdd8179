import { getEventBySlug } from '@/data/events'
import { feedRoute } from '@/feeds/route'

/** One event as an .ics file, for "Add to calendar". */
export const GET = feedRoute('ics', async (locale, { slug }: { locale: string; slug: string }) => {
  const event = await getEventBySlug(slug, locale)
  return (
    event && { events: [event], page: event.href, feed: event.ics, title: event.title, filename: `${event.slug}.ics` }
  )
})
