export const SITE_NAME = 'EUNIC Events'
