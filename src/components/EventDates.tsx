import { formatEventDates } from '@/lib/format'
import type { Locale } from '@/lib/locales'
import type { Event } from '@/payload-types'

type Props = { event: Pick<Event, 'startDate' | 'endDate' | 'startDate_tz' | 'allDay'>; locale: Locale }

export function EventDates({ event, locale }: Props) {
  const text = formatEventDates(
    { startDate: event.startDate, endDate: event.endDate, timeZone: event.startDate_tz, allDay: event.allDay },
    locale,
  )
  return <time dateTime={event.startDate}>{text}</time>
}
