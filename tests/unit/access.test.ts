import type { Access, PayloadRequest, SanitizedConfig } from 'payload'

import {
  adminField,
  adminOrSelf,
  anyone,
  authenticated,
  clustersOf,
  editorField,
  eventAccess,
  isAdmin,
  isEditor,
  photoAccess,
  publicReadEditorsWrite,
  roleOf,
} from '@/access'
import { withLockRules } from '@/access/locks'

/**
 * The role model as plain functions of the request: every rule for every role, without a database (the
 * integration suite runs the same rules through REST and GraphQL). Written to leave no mutant alive
 * (npm run mutate, docs/mutation-testing.md).
 */
type User = { id: number; role?: string; clusters?: unknown }
const reqOf = (user: User | null, extra: Partial<PayloadRequest> = {}) =>
  ({ user, ...extra }) as unknown as PayloadRequest
const ask = (rule: Access, user: User | null, data?: unknown) => rule({ req: reqOf(user), data } as never)

const admin: User = { id: 1, role: 'admin' }
const editor: User = { id: 2, role: 'editor' }
const contributor: User = { id: 3, role: 'contributor', clusters: [7, { id: 8 }] }
const lonely: User = { id: 4, role: 'contributor', clusters: [] }
const roleless: User = { id: 5 }
const PUBLISHED = { _status: { equals: 'published' } }

describe('who is who', () => {
  test('the role comes from the account, and nobody signed in has none', () => {
    expect(roleOf(reqOf(admin))).toBe('admin')
    expect(roleOf(reqOf(contributor))).toBe('contributor')
    expect(roleOf(reqOf(null))).toBeUndefined()
    expect(roleOf(reqOf(roleless))).toBeUndefined()
  })

  test('a contributor’s clusters, populated or not; none for other accounts', () => {
    expect(clustersOf(reqOf(contributor))).toEqual([7, 8])
    expect(clustersOf(reqOf(admin))).toEqual([])
    expect(clustersOf(reqOf(null))).toEqual([])
  })
})

describe('the one-line rules', () => {
  const table: Array<[string, Access, boolean[]]> = [
    // anonymous, admin, editor, contributor, account without a role
    ['anyone', anyone, [true, true, true, true, true]],
    ['authenticated', authenticated, [false, true, true, true, true]],
    ['isAdmin', isAdmin, [false, true, false, false, false]],
    ['isEditor', isEditor, [false, true, true, false, false]],
    ['adminField', adminField as Access, [false, true, false, false, false]],
    ['editorField', editorField as Access, [false, true, true, false, false]],
  ]
  test.each(table)('%s', (_name, rule, expected) => {
    expect([null, admin, editor, contributor, roleless].map((user) => ask(rule, user))).toEqual(expected)
  })

  test('accounts: admins manage all, everyone else only their own, strangers none', () => {
    expect(ask(adminOrSelf, null)).toBe(false)
    expect(ask(adminOrSelf, admin)).toBe(true)
    expect(ask(adminOrSelf, editor)).toEqual({ id: { equals: 2 } })
    expect(ask(adminOrSelf, contributor)).toEqual({ id: { equals: 3 } })
  })

  test('taxonomy: anyone reads, editors write', () => {
    for (const op of ['create', 'update', 'delete'] as const) {
      expect(ask(publicReadEditorsWrite[op], editor)).toBe(true)
      expect(ask(publicReadEditorsWrite[op], contributor)).toBe(false)
      expect(ask(publicReadEditorsWrite[op], null)).toBe(false)
    }
    expect(ask(publicReadEditorsWrite.read, null)).toBe(true)
  })
})

describe('events', () => {
  test('reading: strangers the published ones, contributors also their clusters’ drafts, editors all', () => {
    expect(ask(eventAccess.read, null)).toEqual(PUBLISHED)
    expect(ask(eventAccess.read, editor)).toBe(true)
    expect(ask(eventAccess.read, admin)).toBe(true)
    expect(ask(eventAccess.read, contributor)).toEqual({ or: [PUBLISHED, { clusters: { in: [7, 8] } }] })
  })

  test('versions: none for strangers, their clusters’ for contributors', () => {
    expect(ask(eventAccess.readVersions, null)).toBe(false)
    expect(ask(eventAccess.readVersions, editor)).toBe(true)
    expect(ask(eventAccess.readVersions, contributor)).toEqual({ 'version.clusters': { in: [7, 8] } })
  })

  test('creating: editors anything; a contributor with a cluster a draft, never a published event', () => {
    expect(ask(eventAccess.create, editor, { _status: 'published' })).toBe(true)
    expect(ask(eventAccess.create, contributor, { _status: 'draft' })).toBe(true)
    expect(ask(eventAccess.create, contributor, {})).toBe(true)
    expect(ask(eventAccess.create, contributor, undefined)).toBe(true)
    expect(ask(eventAccess.create, contributor, { _status: 'published' })).toBe(false)
    expect(ask(eventAccess.create, lonely, { _status: 'draft' })).toBe(false)
    expect(ask(eventAccess.create, roleless, { _status: 'draft' })).toBe(false)
    // Clusters alone make no contributor: an account without a role creates nothing.
    expect(ask(eventAccess.create, { ...roleless, clusters: [7] }, { _status: 'draft' })).toBe(false)
    expect(ask(eventAccess.create, null, { _status: 'draft' })).toBe(false)
  })

  test('changing: editors anything; a contributor its clusters’ events, never towards published', () => {
    expect(ask(eventAccess.update, editor, { _status: 'published' })).toBe(true)
    expect(ask(eventAccess.update, contributor, { title: 'x' })).toEqual({ clusters: { in: [7, 8] } })
    expect(ask(eventAccess.update, contributor, { _status: 'published' })).toBe(false)
    expect(ask(eventAccess.update, roleless, { title: 'x' })).toBe(false)
    expect(ask(eventAccess.update, null, { title: 'x' })).toBe(false)
    expect(ask(eventAccess.delete, contributor)).toBe(false)
    expect(ask(eventAccess.delete, editor)).toBe(true)
  })
})

describe('photos', () => {
  test('anyone sees them, every account uploads, a contributor changes only its own', () => {
    expect(ask(photoAccess.read, null)).toBe(true)
    expect(ask(photoAccess.create, null)).toBe(false)
    expect(ask(photoAccess.create, contributor)).toBe(true)
    expect(ask(photoAccess.update, editor)).toBe(true)
    expect(ask(photoAccess.update, contributor)).toEqual({ createdBy: { equals: 3 } })
    expect(ask(photoAccess.update, roleless)).toBe(false)
    expect(ask(photoAccess.update, null)).toBe(false)
    expect(ask(photoAccess.delete, contributor)).toBe(false)
    expect(ask(photoAccess.delete, editor)).toBe(true)
  })
})

describe('document locks', () => {
  /** A built configuration with the locks collection and an events collection whose update rule is given. */
  function locksWith(update: Access | undefined, count = 0) {
    const config = {
      collections: [
        { slug: 'payload-locked-documents', access: { read: anyone } },
        { slug: 'tags', access: {} },
      ],
    } as unknown as SanitizedConfig
    const locks = withLockRules(config).collections[0].access as Record<string, Access>
    const counted: unknown[] = []
    const payload = {
      collections: {
        events: { config: { access: { update } } },
        tags: { config: { access: {} } },
        bare: { config: {} },
      },
      count: (args: unknown) => {
        counted.push(args)
        return Promise.resolve({ totalDocs: count })
      },
    }
    const lock = (user: User | null, data: unknown) =>
      locks.create({ req: reqOf(user, { payload } as never), data } as never) as Promise<boolean>
    return { locks, lock, counted }
  }
  const onEvent = (holder: unknown, id: unknown = 9) => ({
    user: holder,
    document: { relationTo: 'events', value: id },
  })

  test('the rules are set on the locks collection, beside its own', () => {
    const { locks } = locksWith(() => true)
    expect(Object.keys(locks).sort()).toEqual(['create', 'delete', 'read', 'update'])
    expect(locks.update).toBe(locks.create)
    const other = { collections: [{ slug: 'tags', access: {} }] } as unknown as SanitizedConfig
    expect(withLockRules(other).collections[0].access).toEqual({})
  })

  test('nobody signed in locks; asked without a change, an account may', async () => {
    const { lock } = locksWith(() => true)
    expect(await lock(null, onEvent(3))).toBe(false)
    expect(await lock(contributor, undefined)).toBe(true)
  })

  test('a lock is taken in one’s own name only, however the holder is written', async () => {
    const { lock } = locksWith(() => true)
    expect(await lock(contributor, onEvent(2))).toBe(false)
    expect(await lock(contributor, onEvent({ relationTo: 'users', value: 2 }))).toBe(false)
    expect(await lock(contributor, onEvent({ relationTo: 'users', value: { id: 2 } }))).toBe(false)
    expect(await lock(contributor, onEvent({ relationTo: 'users', value: { id: 3 } }))).toBe(true)
    expect(await lock(contributor, onEvent({ relationTo: 'users', value: 3 }))).toBe(true)
    expect(await lock(contributor, onEvent(3))).toBe(true)
    expect(await lock(contributor, onEvent('3'))).toBe(true)
    // A holder written as a relation without a value is nobody.
    expect(await lock(contributor, onEvent({ relationTo: 'users', value: null }))).toBe(false)
  })

  test('editors lock anything; the site settings only editors', async () => {
    const { lock } = locksWith(() => false)
    expect(await lock(editor, onEvent(2))).toBe(true)
    expect(await lock(editor, { user: 2, globalSlug: 'settings' })).toBe(true)
    expect(await lock(contributor, { user: 3, globalSlug: 'settings' })).toBe(false)
  })

  test('a lock on a document the caller may not change is refused, by the collection’s own update rule', async () => {
    expect(await locksWith(() => false).lock(contributor, onEvent(3))).toBe(false)
    expect(await locksWith(undefined).lock(contributor, onEvent(3))).toBe(false)
    expect(await locksWith(() => true).lock(contributor, { user: 3, document: { relationTo: 'tags', value: 1 } })).toBe(
      false,
    )
    expect(
      await locksWith(() => true).lock(contributor, { user: 3, document: { relationTo: 'nowhere', value: 1 } }),
    ).toBe(false)
    // No document named, or one without a usable id.
    expect(await locksWith(() => true).lock(contributor, { user: 3 })).toBe(false)
    expect(await locksWith(() => true).lock(contributor, { user: 3, document: 'events' })).toBe(false)
    expect(await locksWith(() => true).lock(contributor, onEvent(3, { title: 'no id' }))).toBe(false)
    expect(await locksWith(() => true).lock(contributor, onEvent(3, true))).toBe(false)
    expect(await locksWith(() => true).lock(contributor, onEvent(3, null))).toBe(false)
    expect(await locksWith(() => true).lock(contributor, { user: 3, document: { relationTo: 5, value: 9 } })).toBe(
      false,
    )
  })

  test('the collection’s rule is asked about that very document', async () => {
    const asked: unknown[] = []
    const rule: Access = ({ id }) => {
      asked.push(id)
      return id === 9
    }
    expect(await locksWith(rule).lock(contributor, onEvent(3, 9))).toBe(true)
    expect(await locksWith(rule).lock(contributor, onEvent(3, { id: 10 }))).toBe(false)
    expect(asked).toEqual([9, 10])
  })

  test('a collection without access rules of its own is not locked by a contributor', async () => {
    const { lock } = locksWith(() => true)
    expect(await lock(contributor, { user: 3, document: { relationTo: 'bare', value: 1 } })).toBe(false)
  })

  test('where the rule is a query, the document must match it', async () => {
    const rule: Access = () => ({ clusters: { in: [7] } })
    const yes = locksWith(rule, 1)
    expect(await yes.lock(contributor, onEvent(3, { id: 9 }))).toBe(true)
    expect(yes.counted).toEqual([
      expect.objectContaining({
        collection: 'events',
        where: { and: [{ id: { equals: 9 } }, { clusters: { in: [7] } }] },
        overrideAccess: true,
      }),
    ])
    expect(await locksWith(rule, 0).lock(contributor, onEvent(3, 'abc'))).toBe(false)
    // Ids written as text (MongoDB's, PostgreSQL's when configured so) are ids too.
    expect(await locksWith(rule, 1).lock(contributor, onEvent(3, 'abc'))).toBe(true)
  })

  test('locks are removed by their holder or an editor', () => {
    const { locks } = locksWith(() => true)
    expect(ask(locks.delete, null)).toBe(false)
    expect(ask(locks.delete, editor)).toBe(true)
    expect(ask(locks.delete, contributor)).toEqual({ 'user.value': { equals: 3 } })
  })
})
