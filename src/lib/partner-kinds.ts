import { optionLabel } from './options'

export const PARTNER_KINDS = [
  { value: 'civil-society', label: 'Civil society organisation' },
  { value: 'cultural-venue', label: 'Cultural venue' },
  { value: 'eu-institution', label: 'EU institution' },
  { value: 'eu-delegation', label: 'EU Delegation' },
  { value: 'funding-programme', label: 'Funding programme' },
  { value: 'project', label: 'Project' },
  { value: 'public-authority', label: 'Public authority' },
  { value: 'education', label: 'University or school' },
  { value: 'media', label: 'Media' },
  { value: 'other', label: 'Other' },
] as const

export const partnerKindLabel = (code: string | null | undefined): string => optionLabel(PARTNER_KINDS, code)
