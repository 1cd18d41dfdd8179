/** A single query-string value ("?tag=a&tag=b" → "a"). */
export const single = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value
