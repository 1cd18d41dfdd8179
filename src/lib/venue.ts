import type { Event } from '@/payload-types'

import { countryName } from './countries'
import type { Locale } from './locales'

/** An event's venue as one line: "Goethe-Institut Kasachstan, Almaty, Kazakhstan" (with the street for calendars). */
export function venueText(venue: Event['venue'], locale: Locale, withAddress = false): string {
  return [venue?.name, withAddress ? venue?.address : null, venue?.city, countryName(venue?.country, locale)]
    .filter(Boolean)
    .join(', ')
}
