import { EU_DISCLAIMER } from '@/lib/eu'
import type { Locale } from '@/lib/locales'

export function EuDisclaimer({ locale }: { locale: Locale }) {
  const { title, text } = EU_DISCLAIMER[locale]
  return (
    <aside className="eu-disclaimer" aria-label={title}>
      <strong>{title}.</strong> {text}
    </aside>
  )
}
