import type { Field, GlobalConfig } from 'payload'

import { anyone, isEditor } from '@/access'
import { TEXT_LENGTHS, urlField } from '@/fields/common'
import { checkGlobalValues } from '@/hooks/checkValues'
import { revalidateGlobal } from '@/cache/revalidate'
import { SETTINGS_TAG } from '@/cache/tags'
import { brandColourProblem } from '@/lib/colour'
import { SITE_PAGES, type SitePageName } from '@/lib/site-pages'
import { DEFAULT_BRAND_COLOUR, SITE_NAME } from '@/lib/site'

const PAGE_LABELS: Record<SitePageName, { label: string; description: string }> = {
  legalNotice: { label: 'Legal notice', description: 'Who publishes this site, its address and registration.' },
  privacy: { label: 'Privacy notice', description: 'What personal data the site and its forms keep, and why.' },
  contact: { label: 'Contact', description: 'How readers reach the network: address, e-mail, telephone.' },
  accessibility: {
    label: 'Accessibility statement',
    description: 'How accessible the site is, what is not yet, and how to report a barrier (EU Directive 2016/2102).',
  },
}

const pageField = (name: SitePageName): Field => ({
  name,
  type: 'richText',
  localized: true,
  label: PAGE_LABELS[name].label,
  admin: { description: PAGE_LABELS[name].description },
})

/** What editors change about the site itself without a deploy: its name, look, home page, footer and own pages. */
export const Settings: GlobalConfig = {
  slug: 'settings',
  label: 'Site settings',
  admin: { group: 'Site' },
  access: { read: anyone, update: isEditor },
  hooks: { beforeChange: [checkGlobalValues], ...revalidateGlobal([SETTINGS_TAG]) },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Identity',
          fields: [
            {
              name: 'siteName',
              type: 'text',
              localized: true,
              required: true,
              defaultValue: SITE_NAME,
              maxLength: TEXT_LENGTHS.name,
            },
            { name: 'tagline', type: 'text', localized: true, maxLength: TEXT_LENGTHS.name },
            {
              name: 'logo',
              type: 'upload',
              relationTo: 'photos',
              admin: {
                description: 'Shown in the header, about 48 pixels high. Without one, the site name stands alone.',
              },
            },
            {
              name: 'brandColour',
              type: 'text',
              required: true,
              defaultValue: DEFAULT_BRAND_COLOUR,
              admin: {
                description: 'The header, buttons and links. White text must stay readable on it (contrast 4.5:1).',
              },
              validate: (value: string | null | undefined) => brandColourProblem(value ?? '') ?? true,
            },
          ],
        },
        {
          label: 'Home page',
          fields: [
            {
              name: 'homeIntro',
              label: 'Introduction',
              type: 'textarea',
              localized: true,
              maxLength: TEXT_LENGTHS.description,
              admin: { description: 'A few sentences at the top of the home page: who the network is.' },
            },
          ],
        },
        {
          label: 'Footer',
          fields: [
            {
              name: 'footerLinks',
              type: 'array',
              maxRows: 8,
              labels: { singular: 'Link', plural: 'Links' },
              fields: [
                { name: 'label', type: 'text', localized: true, required: true, maxLength: TEXT_LENGTHS.name },
                { ...urlField('url', 'Address'), required: true },
              ],
            },
          ],
        },
        { label: 'Pages', fields: SITE_PAGES.map(pageField) },
      ],
    },
  ],
}
