import type { CollectionConfig } from 'payload'

import { publicReadEditorsWrite } from '@/access'
import { authorshipFields } from '@/fields/authorship'
import { countryField, descriptionField, logoField, TEXT_LENGTHS, urlField, otherNamesField } from '@/fields/common'
import { slugField } from '@/fields/slug'
import { taxonomyAffected } from '@/cache/affected'
import { revalidateOnChange } from '@/cache/revalidate'
import { eventsJoin } from '@/fields/events-join'

export const Institutes: CollectionConfig = {
  slug: 'institutes',
  admin: { useAsTitle: 'name', group: 'Network', defaultColumns: ['name', 'organisation', 'city'] },
  access: publicReadEditorsWrite,
  hooks: revalidateOnChange(taxonomyAffected('institutes', 'hostInstitutes')),
  defaultPopulate: { name: true, slug: true, organisation: true, city: true },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: TEXT_LENGTHS.name,
      admin: { description: 'For example "Goethe-Institut Kasachstan".' },
    },
    slugField('name'),
    otherNamesField,
    {
      name: 'organisation',
      label: 'Member organisation',
      type: 'relationship',
      relationTo: 'organisations',
      index: true,
      admin: {
        description: 'The member of the network it belongs to. A new member is added under Member organisations.',
      },
    },
    countryField('country', 'Country of origin'),
    { name: 'city', type: 'text', localized: true },
    urlField('website', 'Website'),
    logoField,
    descriptionField,
    eventsJoin('hostInstitutes', 'hostedEvents', 'Events hosted'),
    { name: 'clusters', label: 'Member of clusters', type: 'join', collection: 'clusters', on: 'members' },
    ...authorshipFields(),
  ],
}
