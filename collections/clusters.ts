import type { CollectionConfig } from 'payload'

import { publicReadEditorsWrite } from '@/access'
import { authorshipFields } from '@/fields/authorship'
import { countryField, descriptionField, TEXT_LENGTHS, urlField, otherNamesField } from '@/fields/common'
import { slugField } from '@/fields/slug'
import { taxonomyAffected } from '@/cache/affected'
import { revalidateOnChange } from '@/cache/revalidate'
import { selectOptions } from '@/lib/i18n/options'
import { REGIONS } from '@/lib/i18n/regions'
import { eventsJoin } from '@/fields/events-join'

export const Clusters: CollectionConfig = {
  slug: 'clusters',
  admin: { useAsTitle: 'name', group: 'Network', defaultColumns: ['name', 'country', 'region'] },
  access: publicReadEditorsWrite,
  hooks: revalidateOnChange(taxonomyAffected('clusters', 'clusters')),
  defaultPopulate: { name: true, slug: true, country: true },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: TEXT_LENGTHS.name,
      admin: { description: 'For example "EUNIC Kazakhstan".' },
    },
    slugField('name'),
    otherNamesField,
    countryField('country', 'Country', { required: true, index: true }),
    { name: 'region', type: 'select', options: selectOptions(REGIONS), index: true },
    { name: 'city', type: 'text', localized: true },
    descriptionField,
    {
      name: 'members',
      label: 'Member institutes',
      type: 'relationship',
      relationTo: 'institutes',
      hasMany: true,
      index: true,
    },
    urlField('website', 'Website'),
    eventsJoin('clusters'),
    ...authorshipFields(),
  ],
}
