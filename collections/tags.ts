import type { CollectionConfig } from 'payload'

import { publicReadEditorsWrite } from '@/access'
import { authorshipFields } from '@/fields/authorship'
import { descriptionField, TEXT_LENGTHS, otherNamesField } from '@/fields/common'
import { slugField } from '@/fields/slug'
import { taxonomyAffected } from '@/cache/affected'
import { revalidateOnChange } from '@/cache/revalidate'
import { eventsJoin } from '@/fields/events-join'

export const Tags: CollectionConfig = {
  slug: 'tags',
  admin: { useAsTitle: 'name', group: 'Taxonomy', defaultColumns: ['name', 'slug'] },
  access: publicReadEditorsWrite,
  hooks: revalidateOnChange(taxonomyAffected('tags', 'tags')),
  defaultPopulate: { name: true, slug: true },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: TEXT_LENGTHS.name },
    slugField('name'),
    otherNamesField,
    descriptionField,
    eventsJoin('tags'),
    ...authorshipFields(),
  ],
}
