export const SITE_NAME = 'EUNIC Events'

/** The network's blue until an editor picks a colour: white text on it has a contrast of 10.9:1. */
export const DEFAULT_BRAND_COLOUR = '#003399'
