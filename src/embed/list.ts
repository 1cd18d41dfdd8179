import { listEvents } from '@/data/events'
import { siteSettings } from '@/data/settings'
import { getClusterBySlug, getTagBySlug } from '@/data/taxonomy'
import type { EventFeedView } from '@/data/views/event'
import { messages } from '@/lib/i18n/messages'
import { routes } from '@/lib/routes'

import type { ResolvedEmbed } from './options'

export type EmbedList = {
  /** "Upcoming events · EUNIC Kazakhstan" */
  title: string
  siteName: string
  brandColour: string
  events: EventFeedView[]
  /** The full list on this site (what "all events" opens). */
  page: string
}

/** The upcoming events an embed shows, or the reason there is no such list (a cluster or tag that does not exist). */
export async function embedList(o: ResolvedEmbed): Promise<{ list: EmbedList } | { missing: string }> {
  const t = messages(o.locale)
  const r = routes(o.locale)
  const [cluster, tag, settings] = await Promise.all([
    o.cluster ? getClusterBySlug(o.cluster, o.locale) : null,
    o.tag ? getTagBySlug(o.tag, o.locale) : null,
    siteSettings(o.locale),
  ])
  if (o.cluster && !cluster) return { missing: `There is no cluster "${o.cluster.slice(0, 60)}".` }
  if (o.tag && !tag) return { missing: `There is no tag "${o.tag.slice(0, 60)}".` }
  const { events } = await listEvents({
    locale: o.locale,
    when: 'upcoming',
    clusterId: cluster?.id,
    tagId: tag?.id,
    limit: o.limit,
  })
  const names = [cluster?.name, tag?.name].filter(Boolean)
  return {
    list: {
      title: [t.upcomingEvents, ...names].join(' · '),
      siteName: settings.siteName,
      brandColour: settings.brandColour,
      events,
      page: r.events({ cluster: o.cluster, tag: o.tag }),
    },
  }
}
