import type { CollectionConfig } from 'payload'

import { publicReadEditorsWrite } from '@/access'
import { authorshipFields } from '@/fields/authorship'
import { countryField, descriptionField, logoField, TEXT_LENGTHS, urlField, otherNamesField } from '@/fields/common'
import { slugField } from '@/fields/slug'
import { taxonomyAffected } from '@/cache/affected'
import { revalidateOnChange } from '@/cache/revalidate'
import { selectOptions } from '@/lib/i18n/options'
import { PARTNER_KINDS } from '@/lib/i18n/partner-kinds'
import { eventsJoin } from '@/fields/events-join'

export const Partners: CollectionConfig = {
  slug: 'partners',
  admin: { useAsTitle: 'name', group: 'Network', defaultColumns: ['name', 'kind', 'country'] },
  access: publicReadEditorsWrite,
  hooks: revalidateOnChange(taxonomyAffected('partners', 'partners')),
  defaultPopulate: { name: true, slug: true, kind: true },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: TEXT_LENGTHS.name },
    slugField('name'),
    otherNamesField,
    { name: 'kind', type: 'select', required: true, index: true, options: selectOptions(PARTNER_KINDS) },
    countryField('country', 'Country'),
    urlField('website', 'Website'),
    logoField,
    descriptionField,
    eventsJoin('partners'),
    ...authorshipFields(),
  ],
}
