import { getVtimezoneComponent } from '@touch4it/ical-timezones'
import { Feed } from 'feed'
import ical, { ICalEventStatus } from 'ical-generator'

import type { FeedEvent } from './feed-event'
import { dateInZone, dayAfter } from './format'
import { utcToWallTime } from './zoned-time'

type Channel = { title: string; description: string; url: string; feedUrl: string; language: string; host: string }

/**
 * ical-generator writes a zoned time from the Date's UTC fields, so it is handed the wall-clock time in the
 * event's zone dressed as UTC; together with TZID this gives the right instant.
 */
const wallClock = (iso: string, timeZone: string) => new Date(`${utcToWallTime(iso, timeZone)}Z`)

/**
 * An iCalendar file (RFC 5545) of events: stable UIDs (the event id and this site's host, so an edit
 * updates the entry in a subscribed calendar instead of adding one), times with their TZID and a VTIMEZONE,
 * all-day events as dates with an exclusive end, URL, location and categories.
 */
export function icsCalendar(channel: Channel, events: FeedEvent[]): string {
  const calendar = ical({
    name: channel.title,
    description: channel.description,
    url: channel.url,
    prodId: { company: channel.host, product: 'events', language: channel.language.toUpperCase() },
    timezone: { name: null, generator: getVtimezoneComponent },
    ttl: 60 * 60,
  })
  for (const event of events) {
    const common = {
      id: `event-${event.id}@${channel.host}`,
      summary: event.title,
      description: [event.summary, event.onlineUrl, event.url].filter(Boolean).join('\n\n'),
      location: event.location || event.onlineUrl || undefined,
      url: event.url,
      categories: event.categories.map((name) => ({ name })),
      status: ICalEventStatus.CONFIRMED,
      created: new Date(event.createdAt),
      lastModified: new Date(event.updatedAt),
      stamp: new Date(event.updatedAt),
    }
    if (event.allDay) {
      calendar.createEvent({
        ...common,
        allDay: true,
        start: dateInZone(event.startDate, event.timeZone),
        end: dayAfter(dateInZone(event.endDate, event.timeZone)),
      })
    } else {
      calendar.createEvent({
        ...common,
        start: wallClock(event.startDate, event.timeZone),
        end: wallClock(event.endDate, event.timeZone),
        timezone: event.timeZone,
      })
    }
  }
  return calendar.toString()
}

function newsFeed(channel: Channel, events: FeedEvent[]): Feed {
  const feed = new Feed({
    title: channel.title,
    description: channel.description,
    id: channel.url,
    link: channel.url,
    language: channel.language,
    copyright: channel.title,
    updated: events.length ? new Date(Math.max(...events.map((e) => Date.parse(e.updatedAt)))) : new Date(0),
    feedLinks: { rss: channel.feedUrl, atom: channel.feedUrl },
    generator: channel.host,
  })
  for (const event of events) {
    feed.addItem({
      title: event.title,
      id: event.url,
      link: event.url,
      description: event.summary,
      date: new Date(event.updatedAt),
      published: new Date(event.createdAt),
      category: event.categories.map((name) => ({ name })),
      image: event.image,
    })
  }
  return feed
}

export const rssFeed = (channel: Channel, events: FeedEvent[]): string => newsFeed(channel, events).rss2()
export const atomFeed = (channel: Channel, events: FeedEvent[]): string => newsFeed(channel, events).atom1()
