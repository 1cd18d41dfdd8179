import type { ReportedField } from '@/import/draft'
import type { Found } from '@/import/find/place'

/** The event's fields as the report and the editor's marks name them. */
export const FIELD_NAMES: Record<ReportedField, string> = {
  title: 'Title',
  summary: 'Summary',
  body: 'Body',
  dates: 'Dates',
  city: 'City',
  country: 'Country',
  timeZone: 'Time zone',
  tags: 'Tags',
  clusters: 'Clusters',
  hostInstitutes: 'Host institutes',
  partners: 'Partners',
  photos: 'Photos',
  euCofunded: 'EU co-funding',
  language: 'Language',
}

export const HOW_NAMES: Record<Found, string> = { found: 'found', guessed: 'guessed', missing: 'not found' }

/** The fields of the event's form each reported field stands for (their ids are `field-<path>`). */
export const FORM_FIELDS: Record<ReportedField, string[]> = {
  title: ['title'],
  summary: ['summary'],
  body: ['body'],
  dates: ['startDate', 'endDate'],
  city: ['venue__city'],
  country: ['venue__country'],
  timeZone: ['startDate_tz', 'endDate_tz'],
  tags: ['tags'],
  clusters: ['clusters'],
  hostInstitutes: ['hostInstitutes'],
  partners: ['partners'],
  photos: ['heroPhoto', 'gallery'],
  euCofunded: ['euCofunded'],
  language: [],
}
