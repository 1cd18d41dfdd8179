/**
 * Every public URL of the site is built here and only here: pages, links, hooks, sitemap, feeds, SEO.
 */
import { readEnv } from './env'

const segment = (slug: string) => encodeURIComponent(slug)
const withPage = (path: string, page = 1) => (page > 1 ? `${path}?page=${page}` : path)

export const routes = {
  home: () => '/',
  events: () => '/events',
  event: (slug: string) => `/events/${segment(slug)}`,
  tag: (slug: string, page = 1) => withPage(`/tags/${segment(slug)}`, page),
  admin: () => '/admin',
  api: {
    events: () => '/api/events',
    graphql: () => '/api/graphql',
  },
} as const

/** An absolute URL on this site, for feeds, canonical links and e-mails. */
export function absoluteUrl(path: string, serverUrl = readEnv().serverUrl): string {
  return new URL(path, `${serverUrl}/`).toString()
}
