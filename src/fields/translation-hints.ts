import type { CollectionConfig, Field } from 'payload'

const HINT = '/src/admin/TranslationHint#TranslationHint'
/** The title's hint reads the default language's title on the server; its list column shows it too. */
const TITLE_HINT = '/src/admin/TitleHint#TitleHint'
const TITLE_CELL = '/src/admin/TitleCell#TitleCell'
const TRANSLATED_TYPES = new Set(['text', 'textarea', 'richText'])

function withHint(field: Field, titleField: string | undefined): Field {
  const inner = (fields: Field[]) => fields.map((f) => withHint(f, titleField))
  // Only unnamed tabs and rows keep their fields at the document's top level, where the title lives.
  const nested = field.type === 'group' || field.type === 'array' || field.type === 'blocks' ? undefined : titleField
  if ('fields' in field && Array.isArray(field.fields))
    return { ...field, fields: field.fields.map((f) => withHint(f, nested)) }
  if (field.type === 'tabs')
    return {
      ...field,
      tabs: field.tabs.map((tab) => ({
        ...tab,
        fields: 'name' in tab && tab.name ? tab.fields.map((f) => withHint(f, undefined)) : inner(tab.fields),
      })),
    }
  if (!('localized' in field) || !field.localized || !TRANSLATED_TYPES.has(field.type)) return field
  const isTitle = 'name' in field && field.name === titleField
  const admin = (field.admin ?? {}) as { components?: { afterInput?: unknown[]; Cell?: unknown } }
  const afterInput = [...(admin.components?.afterInput ?? []), isTitle ? TITLE_HINT : HINT]
  const Cell = admin.components?.Cell ?? (isTitle ? TITLE_CELL : undefined)
  return {
    ...field,
    admin: { ...admin, components: { ...admin.components, afterInput, ...(Cell ? { Cell } : {}) } },
  } as Field
}

/**
 * Every translated text field shows the default language's text beside it while its translation is empty; the
 * title also in the heading and in lists.
 */
export const withTranslationHints = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => ({
    ...collection,
    fields: collection.fields.map((field) => withHint(field, collection.admin?.useAsTitle)),
  }))
