import { COUNTRIES } from './countries'
import { ZONE_COUNTRIES, TIMEZONES } from './timezones'

const countryLabel = new Map<string, string>(COUNTRIES.map((c) => [c.value, c.label]))

/** "Kyiv" from "Europe/Kyiv", "Buenos Aires" from "America/Argentina/Buenos_Aires". */
const city = (zone: string) => zone.split('/').pop()!.replace(/_/g, ' ')

/**
 * The zones as the admin offers them, findable by city, country or zone name: "Kyiv, Ukraine — Europe/Kyiv".
 * Sorted by that label, so a list typed into by city reads naturally.
 */
export function zoneOptions(): Array<{ label: string; value: string }> {
  return TIMEZONES.map((zone) => {
    const country = ZONE_COUNTRIES[zone] ? countryLabel.get(ZONE_COUNTRIES[zone]!) : undefined
    const label = country ? `${city(zone)}, ${country} — ${zone}` : zone === 'UTC' ? 'UTC (no zone)' : zone
    return { label, value: zone }
  }).sort((a, b) => a.label.localeCompare(b.label, 'en'))
}
