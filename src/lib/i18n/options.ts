import type { Locale } from './locales'

/** A select option's label: one string, or one per language (Payload's admin takes both forms too). */
export type Label = string | Readonly<Record<Locale, string>>
export type Option = { readonly value: string; readonly label: Label }

/** The label of a select option in `locale` (English when missing), or '' when the code is empty or unknown. */
export function optionLabel(
  options: readonly Option[],
  code: string | null | undefined,
  locale: Locale = 'en',
): string {
  const label = options.find((o) => o.value === code)?.label
  if (!label) return ''
  return typeof label === 'string' ? label : (label[locale] ?? label.en)
}

/** Options in the shape Payload's select field wants (mutable copies of the labels). */
export const selectOptions = (options: readonly Option[]) =>
  options.map(({ value, label }) => ({ value, label: typeof label === 'string' ? label : { ...label } }))
