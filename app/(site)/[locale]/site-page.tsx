import type { Metadata } from 'next'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { RichText } from '@/components/RichText'
import { pageMetadata } from '@/data/metadata'
import { siteSettings } from '@/data/settings'
import { messages } from '@/lib/i18n/messages'
import { localeOf, type LocaleParams } from './params'
import { routes } from '@/lib/routes'
import type { SitePageName } from '@/lib/site-pages'

type Props = { params: LocaleParams }

/** One of the site's own pages (legal notice, privacy, contact, accessibility), written by editors in the settings. */
export function sitePage(name: SitePageName) {
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const locale = await localeOf(params)
    return pageMetadata({ locale, path: routes(locale).sitePage(name), title: messages(locale)[name] })
  }
  async function Page({ params }: Props) {
    const locale = await localeOf(params)
    const t = messages(locale)
    const text = (await siteSettings(locale)).pages[name]
    return (
      <article className="site-page">
        <Breadcrumbs
          label={t.breadcrumbs}
          items={[{ label: t.home, href: routes(locale).home() }, { label: t[name] }]}
        />
        <h1>{t[name]}</h1>
        {text ? <RichText data={text} /> : <p className="empty">{t.notWritten}</p>}
      </article>
    )
  }
  return { generateMetadata, Page }
}
