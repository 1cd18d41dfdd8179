import type { CollectionConfig } from 'payload'
import { number as validNumber } from 'payload/shared'

import { publicReadEditorsWrite } from '@/access'
import { authorshipFields } from '@/fields/authorship'
import { countryField, descriptionField, logoField, TEXT_LENGTHS, urlField, otherNamesField } from '@/fields/common'
import { slugField } from '@/fields/slug'
import { organisationsAffected } from '@/cache/affected'
import { revalidateOnChange } from '@/cache/revalidate'
import { MEMBERSHIPS } from '@/lib/i18n/memberships'
import { selectOptions } from '@/lib/i18n/options'

/** The year the network was founded: no membership is older. */
const FIRST_YEAR = 2006

/**
 * The network's members: national institutes for culture and the ministries and agencies behind them. Members
 * join and leave by a vote of the General Assembly; an editor records that here, and local institutes belong
 * to one of them.
 */
export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: { singular: 'Member organisation', plural: 'Member organisations' },
  admin: {
    useAsTitle: 'name',
    group: 'Network',
    defaultColumns: ['name', 'membership', 'country', 'memberSince'],
    description: 'The members of the network. Each local institute belongs to one of them.',
  },
  access: publicReadEditorsWrite,
  hooks: revalidateOnChange(organisationsAffected),
  defaultSort: 'name',
  defaultPopulate: { name: true, slug: true, membership: true, country: true },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: TEXT_LENGTHS.name,
      admin: { description: 'Its own name, as it writes it (not translated): "Instituto Cervantes".' },
    },
    slugField('name'),
    otherNamesField,
    {
      type: 'row',
      fields: [
        {
          name: 'membership',
          type: 'select',
          required: true,
          defaultValue: 'full',
          index: true,
          options: selectOptions(MEMBERSHIPS),
        },
        {
          name: 'memberSince',
          label: 'Member since',
          type: 'number',
          min: FIRST_YEAR,
          admin: { description: 'The year the General Assembly voted it in.', step: 1 },
          validate: (value: number | number[] | null | undefined, args: Parameters<typeof validNumber>[1]) => {
            const base = validNumber(value, args)
            if (base !== true) return base
            return typeof value !== 'number' || Number.isInteger(value) ? true : 'A year, such as 2022.'
          },
        },
      ],
    },
    countryField('country', 'Country'),
    urlField('website', 'Website'),
    logoField,
    descriptionField,
    {
      name: 'institutes',
      label: 'Local institutes',
      type: 'join',
      collection: 'institutes',
      on: 'organisation',
      defaultSort: 'name',
      // The member column would repeat this organisation on every row.
      admin: { defaultColumns: ['name', 'city', 'country'] },
    },
    ...authorshipFields(),
  ],
}
