import type { Access, FieldAccess, Where } from 'payload'

export const anyone: Access = () => true

export const authenticated: Access = ({ req }) => Boolean(req.user)

export const isAdmin: Access = ({ req }) => req.user?.role === 'admin'

export const adminField: FieldAccess = ({ req }) => req.user?.role === 'admin'

const published: Where = { _status: { equals: 'published' } }

/** Anonymous readers see published documents only; the constraint applies to REST, GraphQL, joins and the site. */
export const publishedOrAuthenticated: Access = ({ req }) => (req.user ? true : published)

/** Admins manage every account; everyone else may read and edit only their own. */
export const adminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (req.user.role === 'admin') return true
  return { id: { equals: req.user.id } }
}

/** Taxonomy and photos: anyone reads, signed-in users write (per-role rules come with the roles issue). */
export const publicReadSignedInWrite = {
  read: anyone,
  create: authenticated,
  update: authenticated,
  delete: authenticated,
} satisfies Record<'read' | 'create' | 'update' | 'delete', Access>
