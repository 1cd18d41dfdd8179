import type { SelectField, TextareaField, TextField, UploadField } from 'payload'

import { COUNTRIES } from '@/lib/i18n/countries'
import { type FieldFormat, isWebAddress } from '@/checks/fields'

type CountryOptions = { required?: boolean; index?: boolean }

export function countryField(
  name: string,
  label: string,
  { required = false, index = false }: CountryOptions = {},
): SelectField {
  return {
    name,
    label,
    type: 'select',
    required,
    index,
    options: COUNTRIES.map((c) => ({ value: c.value, label: `${c.label} (${c.value})` })),
    custom: { format: 'country' satisfies FieldFormat },
    admin: { description: 'ISO 3166-1 alpha-2 code.' },
  }
}

export function urlField(name: string, label: string): TextField {
  return {
    name,
    label,
    type: 'text',
    maxLength: MAX_URL_LENGTH,
    custom: { format: 'url' satisfies FieldFormat },
    validate: (value: string | null | undefined) =>
      !value || isWebAddress(value) ? true : `"${value}" is not a web address: it must start with https:// or http://.`,
  }
}

export const MAX_URL_LENGTH = 2000

/** Lengths of the texts people type: names and titles fit a heading, descriptions a few paragraphs. */
export const TEXT_LENGTHS = {
  name: 200,
  address: 500,
  description: 5000,
  caption: 2000,
  credit: 300,
  alt: 500,
} as const

export const descriptionField: TextareaField = {
  name: 'description',
  type: 'textarea',
  localized: true,
  maxLength: TEXT_LENGTHS.description,
}

export const logoField: UploadField = {
  name: 'logo',
  type: 'upload',
  relationTo: 'photos',
}

/**
 * The other names a tag, cluster, institute, partner or member goes by in articles — an abbreviation ("DG NEAR"), a
 * short name ("Dybys"), an old name, a name in another language: the importer links a page that uses one of them.
 */
export const otherNamesField: TextField = {
  name: 'otherNames',
  label: 'Other names',
  type: 'text',
  hasMany: true,
  maxLength: TEXT_LENGTHS.name,
  admin: {
    description:
      'Abbreviations, short or former names, names in other languages: imported pages that use them are linked here.',
  },
}
