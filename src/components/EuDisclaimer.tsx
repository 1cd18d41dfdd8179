import type { Locale } from '@/lib/locales'
import { messages } from '@/lib/messages'

export function EuDisclaimer({ locale }: { locale: Locale }) {
  const t = messages(locale)
  return (
    <aside className="eu-disclaimer" aria-label={t.euCofunded}>
      <strong>{t.euCofunded}.</strong> {t.euDisclaimer}
    </aside>
  )
}
