import type { Messages } from '@/lib/i18n/messages'

import { Link } from './Link'

type Props = { page: number; totalPages: number; href: (page: number) => string; t: Messages }

export function Pagination({ page, totalPages, href, t }: Props) {
  if (totalPages <= 1) return null
  return (
    <nav className="pagination" aria-label={t.pages}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ← {t.previous}
        </Link>
      ) : (
        <span />
      )}
      <span>{t.fill(t.pageOf, { page, pages: totalPages })}</span>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next">
          {t.next} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
