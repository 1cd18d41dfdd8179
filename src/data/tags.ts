import type { Locale } from '@/lib/locales'
import type { Tag } from '@/payload-types'

import { findBySlug } from './by-slug'

export const getTagBySlug = (slug: string, locale: Locale): Promise<Tag | null> => findBySlug('tags', slug, locale, 0)
