import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { idsOf } from '@/lib/relations'

/**
 * The role model. admin: everything, accounts and roles included. editor: all content of every cluster,
 * publishing, taxonomy, photos. contributor: the events of its own clusters, as drafts; its own photos.
 */
export type Role = 'admin' | 'editor' | 'contributor'

export const roleOf = (req: Pick<PayloadRequest, 'user'>): Role | undefined =>
  (req.user as { role?: Role } | null | undefined)?.role

/** The ids of the clusters a contributor belongs to. */
export const clustersOf = (req: Pick<PayloadRequest, 'user'>): Array<number | string> =>
  idsOf((req.user as { clusters?: unknown } | null | undefined)?.clusters)

export const anyone: Access = () => true

/** No one through the API (a collection or a field): what only the app itself writes, with access overridden. */
export const nobody = (): false => false

export const authenticated: Access = ({ req }) => Boolean(req.user)

export const isAdmin: Access = ({ req }) => roleOf(req) === 'admin'

/** Admins and editors: the people who publish and look after the network's records. */
export const isEditor: Access = ({ req }) => roleOf(req) === 'admin' || roleOf(req) === 'editor'

export const adminField: FieldAccess = ({ req }) => roleOf(req) === 'admin'

/** A field only admins and editors write (and a check of the same, where a plain yes or no is wanted). */
export const editorField: FieldAccess = ({ req }) => roleOf(req) === 'admin' || roleOf(req) === 'editor'

const published: Where = { _status: { equals: 'published' } }
const publishes = (data: unknown) => (data as { _status?: unknown } | undefined)?._status === 'published'

/** Admins manage every account; everyone else may read and edit only their own. */
export const adminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (roleOf(req) === 'admin') return true
  return { id: { equals: req.user.id } }
}

/** Taxonomy: anyone reads, editors write. */
export const publicReadEditorsWrite = {
  read: anyone,
  create: isEditor,
  update: isEditor,
  delete: isEditor,
} satisfies Record<'read' | 'create' | 'update' | 'delete', Access>

/**
 * Events. Anonymous readers see published ones only (an access constraint, so it holds for REST, GraphQL,
 * joins and the site); a contributor also sees, and may edit, the drafts of its own clusters.
 */
export const eventAccess = {
  read: ({ req }) => {
    if (!req.user) return published
    if (roleOf(req) !== 'contributor') return true
    return { or: [published, { clusters: { in: clustersOf(req) } }] }
  },
  readVersions: ({ req }) => {
    if (!req.user) return false
    if (roleOf(req) !== 'contributor') return true
    return { 'version.clusters': { in: clustersOf(req) } }
  },
  create: ({ data, req }) =>
    isEditor({ req }) || (roleOf(req) === 'contributor' && clustersOf(req).length > 0 && !publishes(data)),
  // Asked with a publishing change (the admin asks so before it shows Publish and Schedule), a contributor is refused.
  update: ({ data, req }) => {
    if (isEditor({ req })) return true
    if (roleOf(req) !== 'contributor' || publishes(data)) return false
    return { clusters: { in: clustersOf(req) } }
  },
  delete: isEditor,
} satisfies Record<'read' | 'readVersions' | 'create' | 'update' | 'delete', Access>

/** Photos: anyone sees them; every signed-in role uploads; a contributor changes only its own. */
export const photoAccess = {
  read: anyone,
  create: authenticated,
  update: ({ req }) => {
    if (isEditor({ req })) return true
    if (roleOf(req) !== 'contributor') return false
    return { createdBy: { equals: req.user?.id } }
  },
  delete: isEditor,
} satisfies Record<'read' | 'create' | 'update' | 'delete', Access>
