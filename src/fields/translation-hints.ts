import type { CollectionConfig, Field } from 'payload'

const HINT = '/src/admin/TranslationHint#TranslationHint'
const TRANSLATED_TYPES = new Set(['text', 'textarea', 'richText'])

function withHint(field: Field): Field {
  if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: field.fields.map(withHint) } as Field
  if (field.type === 'tabs')
    return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withHint) })) }
  if (!('localized' in field) || !field.localized || !TRANSLATED_TYPES.has(field.type)) return field
  const admin = (field.admin ?? {}) as { components?: { afterInput?: unknown[] } }
  const afterInput = [...(admin.components?.afterInput ?? []), HINT]
  return { ...field, admin: { ...admin, components: { ...admin.components, afterInput } } } as Field
}

/** Every translated text field shows the default language's text beside it while its translation is empty. */
export const withTranslationHints = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => ({ ...collection, fields: collection.fields.map(withHint) }))
