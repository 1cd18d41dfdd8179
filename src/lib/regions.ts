import { optionLabel } from './options'

/** The regions the network groups its clusters in. */
export const REGIONS = [
  { value: 'central-asia-caucasus', label: 'Central Asia & Caucasus' },
  { value: 'eastern-europe', label: 'Eastern Europe' },
  { value: 'western-balkans', label: 'Western Balkans' },
  { value: 'eu', label: 'European Union' },
  { value: 'europe-other', label: 'Europe (other)' },
  { value: 'middle-east-north-africa', label: 'Middle East & North Africa' },
  { value: 'sub-saharan-africa', label: 'Sub-Saharan Africa' },
  { value: 'asia-pacific', label: 'Asia & Pacific' },
  { value: 'americas', label: 'Americas' },
] as const

export const regionLabel = (code: string | null | undefined): string => optionLabel(REGIONS, code)
