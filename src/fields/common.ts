import type { SelectField, TextareaField, TextField, UploadField } from 'payload'

import { COUNTRIES } from '@/lib/countries'

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
    admin: { description: 'ISO 3166-1 alpha-2 code.' },
  }
}

export function urlField(name: string, label: string): TextField {
  return {
    name,
    label,
    type: 'text',
    validate: (value: string | null | undefined) => {
      if (!value) return true
      try {
        const url = new URL(value)
        if (url.protocol === 'http:' || url.protocol === 'https:') return true
      } catch {
        // falls through to the message
      }
      return `"${value}" is not a web address: it must start with https:// or http://.`
    },
  }
}

export const descriptionField: TextareaField = {
  name: 'description',
  type: 'textarea',
  localized: true,
}

export const logoField: UploadField = {
  name: 'logo',
  type: 'upload',
  relationTo: 'photos',
}
