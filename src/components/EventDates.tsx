import { type EventTime } from '@/lib/event-time'
import { formatEventDates } from '@/lib/format'
import type { Locale } from '@/lib/locales'

/** An event's dates as its readers expect them, in the event's own zone. */
export function EventDates({ time, locale }: { time: EventTime; locale: Locale }) {
  return <time dateTime={time.start}>{formatEventDates(time, locale)}</time>
}
