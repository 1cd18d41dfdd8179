// The demo site's pages of each type, measured by scripts/js-size.mjs and scripts/lighthouse.mjs.
export const DEMO_EVENT = 'focus-meeting-clusters-central-asia-caucasus-2024'

export const PAGE_TYPES = {
  home: '/',
  'events index': '/events',
  event: `/events/${DEMO_EVENT}`,
  'tag archive': '/tags/climate',
  cluster: '/clusters/eunic-kazakhstan',
  search: '/search?q=Almaty',
  'accessibility statement': '/accessibility',
}

/** A started site's address from the first argument, default http://localhost:3000. */
export const siteBase = () => (process.argv[2] ?? 'http://localhost:3000').replace(/\/$/, '')
