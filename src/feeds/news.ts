import { Feed } from 'feed'

import type { EventFeedView } from '@/data/views/event'
import { withoutForbiddenCharacters } from '@/lib/text/plain-text'
import { absoluteUrl } from '@/lib/routes'

import type { Channel } from './channel'

const imageOf = (event: EventFeedView) => (event.hero ? absoluteUrl(event.hero.sizes.og.src, event.url) : undefined)

const lastUpdate = (events: EventFeedView[]) =>
  new Date(events.length ? Math.max(...events.map((e) => Date.parse(e.updatedAt))) : 0)

function newsFeed(channel: Channel, events: EventFeedView[]): Feed {
  const feed = new Feed({
    title: channel.title,
    description: channel.description,
    id: channel.url,
    link: channel.url,
    language: channel.language,
    copyright: channel.title,
    updated: lastUpdate(events),
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
      category: event.tags.map((tag) => ({ name: tag.label })),
      image: imageOf(event),
    })
  }
  return feed
}

// A control character stored before they were refused would make the whole document unreadable XML.
export const rssFeed = (channel: Channel, events: EventFeedView[]): string =>
  withoutForbiddenCharacters(newsFeed(channel, events).rss2())
export const atomFeed = (channel: Channel, events: EventFeedView[]): string =>
  withoutForbiddenCharacters(newsFeed(channel, events).atom1())

/**
 * JSON Feed 1.1 (jsonfeed.org), for sites that render the events themselves: each item carries the event's
 * dates, zone and place under `_event` (an extension, as the spec allows) besides the standard fields.
 */
export function jsonFeed(channel: Channel, events: EventFeedView[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    description: channel.description,
    home_page_url: channel.url,
    feed_url: channel.feedUrl,
    language: channel.language,
    items: events.map((event) => ({
      id: event.url,
      url: event.url,
      title: event.title,
      summary: event.summary || undefined,
      content_text: event.summary || event.title,
      image: imageOf(event),
      date_published: new Date(event.createdAt).toISOString(),
      date_modified: new Date(event.updatedAt).toISOString(),
      tags: event.tags.map((tag) => tag.label),
      _event: {
        start: event.time.start,
        end: event.time.end,
        all_day: event.time.allDay,
        time_zone: event.time.timeZone,
        place: event.place || undefined,
        online_url: event.onlineUrl ?? undefined,
        calendar_url: absoluteUrl(event.ics, event.url),
      },
    })),
  })
}
