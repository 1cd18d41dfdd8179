import type { Locale } from '@/lib/i18n/locales'
import { messages } from '@/lib/i18n/messages'
import { config } from '@/config'
import { absoluteUrl, embedJsonPath, embedPath, type EmbedOptions } from '@/lib/routes'

/** A value as it must be written inside an HTML attribute of the code people paste. */
const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')

type Props = { locale: Locale; list: Pick<EmbedOptions, 'cluster' | 'tag'>; title: string }

/** The copy-paste code that shows this cluster's or tag's upcoming events on another site (an <iframe>). */
export function EmbedSnippet({ locale, list, title }: Props) {
  const t = messages(locale)
  const options = { ...list, locale }
  const code = `<iframe src="${attribute(absoluteUrl(embedPath(options), config().serverUrl))}" title="${attribute(`${t.upcomingEvents} · ${title}`)}" width="100%" height="480" loading="lazy" style="border:0"></iframe>`
  return (
    <details className="embed-snippet">
      <summary>{t.embedOnYourSite}</summary>
      <p>{t.embedHelp}</p>
      <pre>
        <code>{code}</code>
      </pre>
      <p>
        <a href={embedJsonPath(options)}>{absoluteUrl(embedJsonPath(options), config().serverUrl)}</a>
      </p>
    </details>
  )
}
