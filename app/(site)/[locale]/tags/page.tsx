import type { Metadata } from 'next'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { LinkList } from '@/components/LinkList'
import { pageMetadata } from '@/data/metadata'
import { listTags } from '@/data/taxonomy'
import { messages } from '@/lib/i18n/messages'
import { localeOf, type LocaleParams } from '../params'
import { routes } from '@/lib/routes'

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await localeOf(params)
  return pageMetadata({ locale, path: routes(locale).tags(), title: messages(locale).tags })
}

export default async function TagsPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params)
  const t = messages(locale)
  const r = routes(locale)
  return (
    <>
      <Breadcrumbs label={t.breadcrumbs} items={[{ label: t.home, href: r.home() }, { label: t.tags }]} />
      <h1>{t.tags}</h1>
      <LinkList className="tag-list" items={await listTags(locale)} />
    </>
  )
}
