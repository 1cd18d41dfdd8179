import { isLocale, LOCALES } from '@/lib/i18n/locales'
import type { EmbedOptions } from '@/lib/routes'

/** How many events an embedded list shows: 5 unless asked, at most 50. */
export const EMBED_LIMITS = { default: 5, max: 50 } as const
const THEMES = ['light', 'dark'] as const
const KNOWN = new Set(['cluster', 'tag', 'limit', 'locale', 'theme'])

export type ResolvedEmbed = Required<Pick<EmbedOptions, 'limit' | 'locale' | 'theme'>> &
  Pick<EmbedOptions, 'cluster' | 'tag'>

/** The embed's options from its address, or the reason they cannot be used (every bad value named). */
export function embedOptions(params: URLSearchParams): { options: ResolvedEmbed } | { problem: string } {
  const unknown = [...params.keys()].filter((key) => !KNOWN.has(key))
  if (unknown.length)
    return { problem: `Unknown parameter "${unknown[0].slice(0, 40)}": use cluster, tag, limit, locale and theme.` }
  const locale = params.get('locale') ?? 'en'
  if (!isLocale(locale))
    return { problem: `locale must be one of ${LOCALES.join(', ')}, not "${locale.slice(0, 40)}".` }
  const theme = params.get('theme') ?? 'light'
  if (!(THEMES as readonly string[]).includes(theme))
    return { problem: `theme must be light or dark, not "${theme.slice(0, 40)}".` }
  const rawLimit = params.get('limit')
  const limit = rawLimit === null ? EMBED_LIMITS.default : Number(rawLimit)
  if (!Number.isInteger(limit) || limit < 1 || limit > EMBED_LIMITS.max)
    return { problem: `limit must be a whole number from 1 to ${EMBED_LIMITS.max}, not "${rawLimit?.slice(0, 40)}".` }
  const slug = (name: string) => params.get(name)?.trim() || undefined
  return {
    options: {
      cluster: slug('cluster'),
      tag: slug('tag'),
      limit,
      locale: locale,
      theme: theme as 'light' | 'dark',
    },
  }
}
