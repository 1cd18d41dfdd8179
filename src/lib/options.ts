export type Option = { readonly value: string; readonly label: string }

/** The label of a select option, or '' when the code is empty or unknown. */
export function optionLabel(options: readonly Option[], code: string | null | undefined): string {
  return options.find((o) => o.value === code)?.label ?? ''
}
