'use client'

import { usePathname } from 'next/navigation'

import { NotFoundContent } from '@/components/NotFoundContent'
import { splitLocale } from '@/lib/routes'

/**
 * Next's own 404 boundary, in the language of the address (Next gives not-found pages no params, and reading
 * request headers here would make every page of the segment dynamic). The site's pages answer a missing address
 * with NotFoundPage, rendered on the server; this is what a preview shows, with its scripts, when one does.
 */
export default function NotFound() {
  return <NotFoundContent locale={splitLocale(usePathname() ?? '/').locale} />
}
