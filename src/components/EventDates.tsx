import { type EventTime } from '@/lib/time/event-time'
import { formatEventDates } from '@/lib/time/format'
import type { Locale } from '@/lib/i18n/locales'

/** An event's dates as its readers expect them, in the event's own zone. */
export function EventDates({ time, locale }: { time: EventTime; locale: Locale }) {
  return <time dateTime={time.start}>{formatEventDates(time, locale)}</time>
}
