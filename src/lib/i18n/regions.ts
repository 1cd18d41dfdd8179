import type { Locale } from './locales'
import { optionLabel } from './options'

/** The regions the network groups its clusters in. */
export const REGIONS = [
  {
    value: 'central-asia-caucasus',
    label: { en: 'Central Asia & Caucasus', fr: 'Asie centrale et Caucase', de: 'Zentralasien und Kaukasus' },
  },
  { value: 'eastern-europe', label: { en: 'Eastern Europe', fr: 'Europe de l’Est', de: 'Osteuropa' } },
  { value: 'western-balkans', label: { en: 'Western Balkans', fr: 'Balkans occidentaux', de: 'Westbalkan' } },
  { value: 'eu', label: { en: 'European Union', fr: 'Union européenne', de: 'Europäische Union' } },
  { value: 'europe-other', label: { en: 'Europe (other)', fr: 'Europe (autres)', de: 'Europa (sonstige)' } },
  {
    value: 'middle-east-north-africa',
    label: {
      en: 'Middle East & North Africa',
      fr: 'Moyen-Orient et Afrique du Nord',
      de: 'Naher Osten und Nordafrika',
    },
  },
  {
    value: 'sub-saharan-africa',
    label: { en: 'Sub-Saharan Africa', fr: 'Afrique subsaharienne', de: 'Subsahara-Afrika' },
  },
  { value: 'asia-pacific', label: { en: 'Asia & Pacific', fr: 'Asie et Pacifique', de: 'Asien und Pazifik' } },
  { value: 'americas', label: { en: 'Americas', fr: 'Amériques', de: 'Amerika' } },
] as const

export const regionLabel = (code: string | null | undefined, locale?: Locale): string =>
  optionLabel(REGIONS, code, locale)
