import { MAX_QUERY_LENGTH } from '@/data/search'
import type { Locale } from '@/lib/i18n/locales'
import { messages } from '@/lib/i18n/messages'
import { routes } from '@/lib/routes'

/** The search box: a plain form, so it works without any script. */
export function SearchForm({ locale, query = '' }: { locale: Locale; query?: string }) {
  const t = messages(locale)
  return (
    <form role="search" method="get" action={routes(locale).search()} className="search-form">
      <label>
        <span className="visually-hidden">{t.search}</span>
        <input
          type="search"
          name="q"
          defaultValue={query}
          placeholder={t.searchPlaceholder}
          maxLength={MAX_QUERY_LENGTH}
        />
      </label>
      <button type="submit">{t.search}</button>
    </form>
  )
}
