import type { CollectionConfig } from 'payload'

const LOCK_HOLDER = '/src/admin/LockHolder#LockHolder'

/** Every collection's "Document locked" dialog names the holder and the time as editors read them. */
export const withLockHolder = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => {
    if (collection.lockDocuments === false) return collection
    const components = collection.admin?.components
    // The document controls are handed no collection of their own: it is named here.
    const holder = { path: LOCK_HOLDER, serverProps: { collectionSlug: collection.slug } }
    const before = [...(components?.edit?.beforeDocumentControls ?? []), holder]
    return {
      ...collection,
      admin: {
        ...collection.admin,
        components: { ...components, edit: { ...components?.edit, beforeDocumentControls: before } },
      },
    }
  })
