import ICAL from 'ical.js'

import { escapeHtml } from '@/lib/text/html'
import { RENAMED_ZONES, TIMEZONES } from '@/lib/time/timezones'

import type { Article, StatedTime } from '../article'

/** What a calendar is refused for, said in words. */
export class CalendarError extends Error {}

const known = new Set<string>(TIMEZONES)
const pad = (n: number) => String(n).padStart(2, '0')
const day = (t: ICAL.Time) => `${t.year}-${pad(t.month)}-${pad(t.day)}`
const wall = (t: ICAL.Time) => `${day(t)}T${pad(t.hour)}:${pad(t.minute)}`

/** A zone this site offers, from a TZID as calendars write it ("Europe/Berlin", "/Europe/Berlin", old names). */
function zoneOf(tzid: string | undefined): string | undefined {
  const name = tzid?.replace(/^\/+/, '').replace(/^(?:[\w.-]+\/)?(?=\w+\/\w+$)/, '')
  if (!name) return undefined
  if (known.has(name)) return name
  return RENAMED_ZONES[name]
}

/**
 * An event's times as its calendar states them: all-day (DTEND exclusive, as iCalendar has it, so the last day is
 * the one before), wall times in its TZID's zone, or a UTC moment (the draft shows it in the venue's zone). A
 * TZID that names no zone this site knows is read through the calendar's own VTIMEZONE, as a moment.
 */
function timesOf(event: ICAL.Event): StatedTime {
  const start = event.startDate
  const end = event.endDate ?? start
  const recurring = event.isRecurring()
  if (start.isDate) {
    const last = end.clone()
    if (end.compare(start) > 0) last.adjust(-1, 0, 0, 0)
    return { start: day(start), end: day(last), allDay: true, recurring }
  }
  const tzid = event.component.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined
  const zone = zoneOf(tzid)
  if (zone) return { start: wall(start), end: wall(end), allDay: false, timeZone: zone, recurring }
  if (start.zone === ICAL.Timezone.localTimezone && !tzid) {
    // A floating time: the same wall clock wherever the event is.
    return { start: wall(start), end: wall(end), allDay: false, recurring }
  }
  const moment = (t: ICAL.Time) => t.toJSDate().toISOString()
  return { start: moment(start), end: moment(end), allDay: false, recurring, moment: true }
}

const textOf = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/**
 * The events of an iCalendar file, each an article with its times stated: SUMMARY the title, DESCRIPTION (already
 * unescaped) the lead and body, LOCATION the venue, CATEGORIES the tags, URL the address; known by its UID.
 */
export function readCalendar(content: string, label: string): Article[] {
  let calendar: ICAL.Component
  try {
    calendar = new ICAL.Component(ICAL.parse(content) as unknown[])
  } catch (error) {
    throw new CalendarError(`The calendar cannot be read: ${(error as Error).message}`)
  }
  if (calendar.name !== 'vcalendar') throw new CalendarError('The file is not a calendar (no VCALENDAR).')
  for (const timezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(timezone)
  const seen = new Set<string>()
  const articles: Article[] = []
  for (const component of calendar.getAllSubcomponents('vevent')) {
    // A changed occurrence of a series (RECURRENCE-ID) belongs to the series already read.
    if (component.hasProperty('recurrence-id')) continue
    const event = new ICAL.Event(component)
    const uid = textOf(event.uid)
    const title = textOf(event.summary)
    const warnings: string[] = []
    if (!uid) warnings.push('The calendar gives this event no UID: importing the calendar again makes a new draft.')
    const source = uid ? `ics:${uid}` : `ics:${label}#${articles.length + 1}`
    if (seen.has(source)) continue
    seen.add(source)
    const paragraphs = textOf(event.description)
      .split(/\n\s*\n|\n/)
      .map((p) => p.trim())
      .filter(Boolean)
    const stated = timesOf(event)
    const categories = component
      .getAllProperties('categories')
      .flatMap((p) => p.getValues() as unknown[])
      .map(textOf)
      .filter(Boolean)
    const url = textOf(component.getFirstPropertyValue('url'))
    articles.push({
      source,
      label: title || `${label} #${articles.length + 1}`,
      title: title || undefined,
      lead: paragraphs[0],
      bodyHtml: paragraphs
        .slice(1)
        .map((p) => `<p>${escapeHtml(p)}</p>`)
        .join(''),
      text: [title, ...paragraphs].join('\n'),
      photos: [],
      tags: categories,
      stated,
      location: textOf(event.location) || undefined,
      url: url || undefined,
      warnings,
    })
  }
  return articles
}
