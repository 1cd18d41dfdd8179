import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales'
import { ZONE_COUNTRIES, TIMEZONES } from '@/lib/time/timezones'
import { utcToWallTime } from '@/lib/time/zoned-time'

import type { Article, FoundPhoto } from './article'
import { readDates, type WallTime } from './dates'
import { saysCofunded } from './find/cofunded'
import { languageOf } from './find/language'
import { findLinks, type Named, type Network, type Suggestion } from './find/network'
import { findPlace, type Found, isPlace, type KnownCity } from './find/place'

/** What the site knows that an article is matched against. */
export type SiteKnowledge = { network: Network; cities: KnownCity[]; defaultZone: string }

/** The event's fields an import fills in, and how sure it is of each. */
export const REPORTED_FIELDS = [
  'title',
  'summary',
  'body',
  'dates',
  'city',
  'country',
  'timeZone',
  'tags',
  'clusters',
  'hostInstitutes',
  'partners',
  'photos',
  'euCofunded',
  'language',
] as const
export type ReportedField = (typeof REPORTED_FIELDS)[number]

export type Draft = {
  locale: Locale
  title: string
  summary?: string
  bodyHtml: string
  /** Wall times (YYYY-MM-DD or YYYY-MM-DDTHH:mm) in `timeZone`. */
  start?: string
  end?: string
  allDay: boolean
  timeZone: string
  venue: { name?: string; address?: string; city?: Partial<Record<Locale, string>>; country?: string }
  onlineUrl?: string
  tags: Named[]
  clusters: Named[]
  hostInstitutes: Named[]
  partners: Named[]
  euCofunded: boolean
  photos: FoundPhoto[]
  fields: Record<ReportedField, Found>
  warnings: string[]
  suggestions: Suggestion[]
}

/** The most the summary field holds. */
export const SUMMARY_LENGTH = 320

const pad = (n: number) => String(n).padStart(2, '0')
const wall = (t: WallTime) =>
  `${t.year}-${pad(t.month)}-${pad(t.day)}${t.hour !== undefined ? `T${pad(t.hour)}:${pad(t.minute ?? 0)}` : ''}`

/** A summary within the field's length, cut at a word with an ellipsis when the lead is longer. */
function summaryOf(lead: string | undefined, warnings: string[]): string | undefined {
  if (!lead || lead.length <= SUMMARY_LENGTH) return lead
  warnings.push(`The lead is ${lead.length} characters long: the summary keeps its first ${SUMMARY_LENGTH}.`)
  const cut = lead.slice(0, SUMMARY_LENGTH - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SUMMARY_LENGTH / 2)).trimEnd()}…`
}

const isZone = (zone: string) => (TIMEZONES as readonly string[]).includes(zone)

/** The zone of the first matched cluster's country, when the place gave none. */
function clusterZone(clusters: Named[]): string | undefined {
  for (const cluster of clusters) {
    const zone = TIMEZONES.find((z) => ZONE_COUNTRIES[z] === cluster.country)
    if (zone) return zone
  }
  return undefined
}

/** An address in the text that looks like an online event's: a meeting or a stream. */
const ONLINE =
  /https:\/\/(?:[\w-]+\.)*(?:zoom\.us|teams\.microsoft\.com|meet\.google\.com|webex\.com|youtube\.com\/live|youtu\.be|vimeo\.com\/event|twitch\.tv)\/\S+/i

/**
 * What an article becomes: the draft event's fields, each marked found (the page says it), guessed (inferred:
 * a zone from a country, an end equal to the start) or missing; the warnings an editor should read; the names
 * the site has no record of, as suggestions.
 */
export function draftOf(article: Article, site: SiteKnowledge): Draft {
  const warnings = [...article.warnings]
  const language = languageOf(article.language, `${article.title ?? ''}\n${article.text}`)
  if (language.warning) warnings.push(language.warning)
  const locale = language.locale
  const links = findLinks(article, site.network, (name) => isPlace(name, site.cities))
  const place = findPlace(article.location ? `${article.location}\n${article.text}` : article.text, locale, site.cities)
  const fields = {} as Record<ReportedField, Found>
  fields.language = language.how

  const title = article.title ?? article.label
  fields.title = article.title ? 'found' : 'guessed'
  if (!article.title) warnings.push('No title was found: the draft is named after the file.')
  const summary = summaryOf(article.lead, warnings)
  fields.summary = summary ? 'found' : 'missing'
  fields.body = article.bodyHtml ? 'found' : 'missing'

  let start: string | undefined
  let end: string | undefined
  let allDay = true
  let statedZone: string | undefined
  if (article.stated) {
    ;({ start, end, allDay } = article.stated)
    statedZone = article.stated.timeZone && isZone(article.stated.timeZone) ? article.stated.timeZone : undefined
    if (article.stated.timeZone && !statedZone)
      warnings.push(
        `"${article.stated.timeZone}" is no time zone this site knows: the zone was looked for in the text.`,
      )
    fields.dates = 'found'
    if (article.stated.recurring)
      warnings.push('The calendar repeats this event: the draft has the first date of the series only.')
  } else {
    const dates = readDates(article.text, locale, article.published)
    if (dates) {
      start = wall(dates.start)
      end = dates.end ? wall(dates.end) : start
      allDay = dates.allDay
      fields.dates = dates.end || dates.allDay ? 'found' : 'guessed'
      if (!dates.end && !dates.allDay) warnings.push('No end time was found: the draft ends when it starts.')
      if (dates.more) {
        fields.dates = 'guessed'
        warnings.push(`The text gives more than one date: the draft has the first (“${dates.text}”).`)
      }
    } else {
      fields.dates = 'missing'
      warnings.push('No date was found: set the dates before the draft can be published.')
    }
  }

  fields.city = place.how.city
  fields.country = place.how.country
  let timeZone = statedZone ?? place.timeZone
  fields.timeZone = statedZone ? 'found' : place.how.zone
  if (!timeZone) {
    timeZone = clusterZone(links.clusters) ?? site.defaultZone
    fields.timeZone = 'guessed'
    warnings.push(`The time zone was not found in the text: the draft has ${timeZone}.`)
  }
  if (place.how.city === 'missing') warnings.push('No city was found.')
  if (article.stated?.moment && start && end) {
    start = utcToWallTime(start, timeZone).slice(0, 16)
    end = utcToWallTime(end, timeZone).slice(0, 16)
  }

  const euCofunded = saysCofunded(article.text)
  fields.euCofunded = euCofunded ? 'found' : 'missing'
  for (const key of ['tags', 'clusters', 'hostInstitutes', 'partners'] as const)
    fields[key] = links[key].length ? 'found' : 'missing'
  fields.photos = article.photos.length ? 'found' : 'missing'
  article.photos.forEach((photo, index) => {
    if (!photo.credit) warnings.push(`No credit for photo ${index + 1}${photo.caption ? ` (“${photo.caption}”)` : ''}.`)
  })
  const onlineUrl =
    (article.url && ONLINE.test(article.url) ? article.url : undefined) ?? ONLINE.exec(article.text)?.[0]

  return {
    locale,
    title,
    summary,
    bodyHtml: article.bodyHtml,
    start,
    end,
    allDay,
    timeZone,
    venue: { city: place.city, country: place.country, ...venueOf(article.location) },
    onlineUrl,
    tags: links.tags,
    clusters: links.clusters,
    hostInstitutes: links.hostInstitutes,
    partners: links.partners,
    euCofunded,
    photos: article.photos,
    fields,
    warnings,
    suggestions: links.suggestions,
  }
}

/**
 * A calendar's LOCATION split as calendars write it — "Venue, street and number, postcode city" — into the
 * venue's name and its address (the city is found like any other).
 */
export function venueOf(location: string | undefined): { name?: string; address?: string } {
  const parts = (location ?? '')
    .split(/\s*[,\n]\s*/)
    .map((p) => p.trim())
    .filter(Boolean)
  if (!parts.length || /^https?:\/\//i.test(parts[0])) return {}
  const [name, ...rest] = parts
  return { name, ...(rest.length ? { address: rest.join(', ') } : {}) }
}

export const isDefaultLocale = (locale: Locale) => locale === DEFAULT_LOCALE
