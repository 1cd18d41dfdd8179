/** The collections whose documents have public pages. */
export const PAGE_COLLECTIONS = ['events', 'tags', 'clusters', 'institutes', 'partners'] as const
export type PageCollection = (typeof PAGE_COLLECTIONS)[number]

export const SITE_NAME = 'EUNIC Events'

/** The network's blue until an editor picks a colour: white text on it has a contrast of 10.9:1. */
export const DEFAULT_BRAND_COLOUR = '#003399'
