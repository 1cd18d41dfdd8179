import type { Locale } from '@/lib/i18n/locales'
import { messages } from '@/lib/i18n/messages'

export function EuDisclaimer({ locale }: { locale: Locale }) {
  const t = messages(locale)
  return (
    <aside className="eu-disclaimer" aria-label={t.euCofunded}>
      <strong>{t.euCofunded}.</strong> {t.euDisclaimer}
    </aside>
  )
}
