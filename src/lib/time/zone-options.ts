import { COUNTRIES } from '../i18n/countries'
import { ZONE_COUNTRIES, TIMEZONES } from './timezones'
import { ZONE_NAMES } from './zone-names'

const countryLabel = new Map<string, string>(COUNTRIES.map((c) => [c.value, c.label]))

/** "Kyiv" from "Europe/Kyiv", "Buenos Aires" from "America/Argentina/Buenos_Aires". */
const city = (zone: string) => zone.split('/').pop()!.replace(/_/g, ' ')

/** A country's name in French and German, where it differs from the English one ("Kasachstan", "Allemagne"). */
const otherLanguages = (['fr', 'de'] as const).map((language) => new Intl.DisplayNames([language], { type: 'region' }))

/**
 * The zones as the admin offers them, findable by city, country or zone name — "Kyiv, Ukraine — Europe/Kyiv" —
 * and by the other names a zone goes by (src/lib/time/zone-names.ts: "Astana", "Wien"; the country in French and
 * German), listed after a "·". Sorted by the label, so a list typed into by city reads naturally.
 */
export function zoneOptions(): Array<{ label: string; value: string }> {
  return TIMEZONES.map((zone) => {
    const code = ZONE_COUNTRIES[zone]
    const country = code ? countryLabel.get(code) : undefined
    const main = country ? `${city(zone)}, ${country} — ${zone}` : zone === 'UTC' ? 'UTC (no zone)' : zone
    const names = [...(ZONE_NAMES[zone] ?? []), ...(code ? otherLanguages.map((names) => names.of(code) ?? '') : [])]
    const others = [...new Set(names)].filter((name) => name && !main.includes(name))
    return { label: others.length ? `${main} · ${others.join(', ')}` : main, value: zone }
  }).sort((a, b) => a.label.localeCompare(b.label, 'en'))
}
