import type { Locale } from './locales'
import { optionLabel } from './options'

export const PARTNER_KINDS = [
  {
    value: 'civil-society',
    label: { en: 'Civil society organisation', fr: 'Organisation de la société civile', de: 'Zivilgesellschaft' },
  },
  { value: 'cultural-venue', label: { en: 'Cultural venue', fr: 'Lieu culturel', de: 'Kulturort' } },
  { value: 'eu-institution', label: { en: 'EU institution', fr: 'Institution de l’UE', de: 'EU-Institution' } },
  { value: 'eu-delegation', label: { en: 'EU Delegation', fr: 'Délégation de l’UE', de: 'EU-Delegation' } },
  {
    value: 'funding-programme',
    label: { en: 'Funding programme', fr: 'Programme de financement', de: 'Förderprogramm' },
  },
  { value: 'project', label: { en: 'Project', fr: 'Projet', de: 'Projekt' } },
  { value: 'public-authority', label: { en: 'Public authority', fr: 'Autorité publique', de: 'Behörde' } },
  {
    value: 'education',
    label: { en: 'University or school', fr: 'Université ou école', de: 'Hochschule oder Schule' },
  },
  { value: 'media', label: { en: 'Media', fr: 'Média', de: 'Medien' } },
  { value: 'other', label: { en: 'Other', fr: 'Autre', de: 'Sonstige' } },
] as const

export const partnerKindLabel = (code: string | null | undefined, locale?: Locale): string =>
  optionLabel(PARTNER_KINDS, code, locale)
