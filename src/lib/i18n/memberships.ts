import type { Locale } from './locales'
import { optionLabel } from './options'

/** How an organisation belongs to the network: a full member votes; an associate member takes part. */
export const MEMBERSHIPS = [
  { value: 'full', label: { en: 'Full member', fr: 'Membre de plein droit', de: 'Vollmitglied' } },
  { value: 'associate', label: { en: 'Associate member', fr: 'Membre associé', de: 'Assoziiertes Mitglied' } },
] as const

export type Membership = (typeof MEMBERSHIPS)[number]['value']

export const membershipLabel = (code: string | null | undefined, locale?: Locale) =>
  optionLabel(MEMBERSHIPS, code, locale)

/** The name of an institute's member organisation, when it was read with the institute (or '' ). */
export const organisationName = (value: unknown): string =>
  typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string'
    ? (value as { name: string }).name
    : ''
