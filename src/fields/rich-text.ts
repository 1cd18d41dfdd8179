import { lexicalEditor, LinkFeature } from '@payloadcms/richtext-lexical'
import type { TextFieldSingleValidation } from 'payload'

import { linkAddressProblem } from '@/checks/fields'

/**
 * The rich-text editor. Its link drawer opens with an empty address (Lexical's default "https://" turned a
 * pasted address into "https://https://…"), and an address a link cannot use is refused on the field, saying why.
 */
const validateAddress: TextFieldSingleValidation = (value, { siblingData }) => {
  if ((siblingData as { linkType?: string } | undefined)?.linkType === 'internal') return true
  if (typeof value !== 'string' || !value.trim()) return 'Enter the address the link goes to.'
  return linkAddressProblem(value.trim()) ?? true
}

export const richTextEditor = () =>
  lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures.filter((feature) => feature.key !== 'link'),
      LinkFeature({
        fields: ({ defaultFields }) =>
          defaultFields.map((field) =>
            'name' in field && field.name === 'url'
              ? ({ ...field, defaultValue: '', validate: validateAddress } as typeof field)
              : field,
          ),
      }),
    ],
  })
