import { COUNTRIES } from '@/lib/i18n/countries'
import { LOCALES, type Locale } from '@/lib/i18n/locales'
import { ZONE_COUNTRIES, TIMEZONES } from '@/lib/time/timezones'
import { ZONE_NAMES } from '@/lib/time/zone-names'

import { folded, foldedName, wordIndex } from './names'

/** A city this site already knows — from a cluster, an institute, an event's venue — in each language it is named in. */
export type KnownCity = { names: Partial<Record<Locale, string>>; country?: string }

export type Found = 'found' | 'guessed' | 'missing'
export type FoundPlace = {
  city?: Partial<Record<Locale, string>>
  country?: string
  timeZone?: string
  how: { city: Found; country: Found; zone: Found }
}

const countryNames = (() => {
  const names = LOCALES.map((language) => new Intl.DisplayNames([language], { type: 'region' }))
  return COUNTRIES.map(({ value, label }) => ({
    code: value,
    names: [...new Set([label, ...names.map((n) => n.of(value) ?? '')].filter(Boolean).map(foldedName))],
  }))
})()

/** The country a name is, in any of the site's languages ("Mongolia", "Mongolie", "Mongolei" → MN). */
export function countryCode(name: string): string | undefined {
  const wanted = foldedName(name)
  return countryNames.find((c) => c.names.includes(wanted))?.code
}

/**
 * Whether a name is a place — a country in any of the site's languages, a city the site knows or one of its zones'
 * cities — as a cluster's name is ("EUNIC Mongolia", "EUNIC Lisbon").
 */
export function isPlace(name: string, known: KnownCity[]): boolean {
  const wanted = foldedName(name)
  return (
    Boolean(countryCode(name)) ||
    zoneCities.some((c) => foldedName(c.name) === wanted) ||
    known.some((k) => Object.values(k.names).some((n) => n && foldedName(n) === wanted))
  )
}

/** The cities of the zones this site offers (Warsaw, Varsovie, Warschau…), each with its zone and country. */
const zoneCities: Array<{ name: string; zone: string; country: string }> = TIMEZONES.flatMap((zone) => {
  const country = ZONE_COUNTRIES[zone]
  if (!country) return []
  const own = zone.split('/').pop()!.replace(/_/g, ' ')
  return [own, ...(ZONE_NAMES[zone] ?? [])].map((name) => ({ name, zone, country }))
})

const zonesOf = (country: string) => TIMEZONES.filter((zone) => ZONE_COUNTRIES[zone] === country)

/** The zone of a city in a country: the country's only zone, or the zone the city keeps; else the country's first. */
function zoneFor(country: string, cityNames: string[]): { zone?: string; how: Found } {
  const zones = zonesOf(country)
  if (zones.length === 1) return { zone: zones[0], how: 'found' }
  const names = new Set(cityNames.map(folded))
  const kept = zoneCities.find((c) => c.country === country && names.has(folded(c.name)))
  if (kept) return { zone: kept.zone, how: 'found' }
  return zones.length ? { zone: zones[0], how: 'guessed' } : { how: 'missing' }
}

/** A capitalised name just before a comma and a country: "Almaty, Kazakhstan", "Almaty, au Kazakhstan". */
const CITY_BEFORE =
  /((?:\p{Lu}[\p{L}'’.-]*)(?:[ -](?:\p{Lu}[\p{L}'’.-]*|de|sur|am|an der|upon)){0,3}),\s*(?:au |en |aux |in )?$/u

function cityBeforeCountry(text: string, foldedText: string, country: { names: string[] }): string | undefined {
  for (const name of country.names) {
    let from = 0
    for (;;) {
      const at = wordIndex(foldedText.slice(from), name)
      if (at < 0) break
      const index = from + at
      // Folding keeps the length of Latin names, so the index points into the text as written.
      const match = CITY_BEFORE.exec(text.slice(Math.max(0, index - 60), index))
      if (match) return match[1]
      from = index + name.length
    }
  }
  return undefined
}

/**
 * Where an article's event takes place: a city written before its country ("in Almaty, Kazakhstan"), else the
 * first city the site knows (its clusters', institutes' and venues' cities, in any of the site's languages, and the
 * cities of its time zones) that the text names, else a country alone. The zone is the country's, or the city's
 * where the country has several.
 */
export function findPlace(text: string, locale: Locale, known: KnownCity[]): FoundPlace {
  const foldedText = folded(text)
  const mentioned = countryNames
    .map((country) => ({
      country,
      at: Math.min(...country.names.map((n) => wordIndex(foldedText, n)).map((i) => (i < 0 ? Infinity : i))),
    }))
    .filter((m) => m.at !== Infinity)
    .sort((a, b) => a.at - b.at)
  for (const { country } of mentioned) {
    const city = cityBeforeCountry(text, foldedText, country)
    if (!city) continue
    const record = known.find((k) => Object.values(k.names).some((n) => n && folded(n) === folded(city)))
    const zone = zoneFor(country.code, [city])
    return {
      city: { ...record?.names, [locale]: city },
      country: country.code,
      timeZone: zone.zone,
      how: { city: 'found', country: 'found', zone: zone.how },
    }
  }
  const candidates = [
    ...known.flatMap((k) => Object.values(k.names).map((name) => ({ name: name, record: k, country: k.country }))),
    ...zoneCities.map((c) => ({ name: c.name, record: undefined, country: c.country })),
  ]
    .map((c) => ({ ...c, at: wordIndex(foldedText, foldedName(c.name)) }))
    .filter((c) => c.at >= 0 && c.name.length > 2)
    .sort((a, b) => a.at - b.at || b.name.length - a.name.length)
  const first = candidates[0]
  if (first) {
    const country = first.country ?? mentioned[0]?.country.code
    const names = { ...first.record?.names, [locale]: first.record?.names[locale] ?? first.name }
    const cityNames = Object.values(names).filter((name): name is string => Boolean(name))
    const zone: { zone?: string; how: Found } = country ? zoneFor(country, cityNames) : { how: 'missing' }
    return {
      city: names,
      country,
      timeZone: zone.zone,
      how: { city: 'found', country: country ? (first.country ? 'found' : 'guessed') : 'missing', zone: zone.how },
    }
  }
  const country = mentioned[0]?.country.code
  if (!country) return { how: { city: 'missing', country: 'missing', zone: 'missing' } }
  const zone = zoneFor(country, [])
  return { country, timeZone: zone.zone, how: { city: 'missing', country: 'guessed', zone: zone.how } }
}
