import type { FieldHook, RelationshipField } from 'payload'

import { authenticated } from '@/access'

const userId: (when: 'create' | 'always') => FieldHook =
  (when) =>
  ({ operation, req, value }) => {
    if (when === 'create' && operation !== 'create') return value
    return req.user?.id ?? value ?? null
  }

const signedInOnly = ({ req }: { req: { user?: unknown } }) => authenticated({ req } as never) as boolean

function userField(name: 'createdBy' | 'updatedBy', label: string, when: 'create' | 'always'): RelationshipField {
  return {
    name,
    label,
    type: 'relationship',
    relationTo: 'users',
    index: true,
    // Set by the server from the signed-in account; nobody writes it, readers outside the editorial team never see it.
    access: { read: signedInOnly, create: () => false, update: () => false },
    hooks: { beforeChange: [userId(when)] },
    admin: {
      position: 'sidebar',
      readOnly: true,
      // Shown by name to everyone who may see the document (accounts themselves are readable by admins only).
      components: { Field: '/src/admin/AuthorName#AuthorField', Cell: '/src/admin/AuthorName#AuthorCell' },
    },
  }
}

/** Who made a document and who changed it last; kept in every version, so the history shows who changed what. */
export const authorshipFields = (): RelationshipField[] => [
  userField('createdBy', 'Created by', 'create'),
  userField('updatedBy', 'Last changed by', 'always'),
]
