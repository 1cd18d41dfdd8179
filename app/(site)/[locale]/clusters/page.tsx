import type { Metadata } from 'next'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { LinkList } from '@/components/LinkList'
import { pageMetadata } from '@/data/metadata'
import { clustersByRegion, listClusters } from '@/data/taxonomy'
import { messages } from '@/lib/i18n/messages'
import { localeOf, type LocaleParams } from '../params'
import { routes } from '@/lib/routes'

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await localeOf(params)
  return pageMetadata({ locale, path: routes(locale).clusters(), title: messages(locale).clusters })
}

export default async function ClustersPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params)
  const t = messages(locale)
  const r = routes(locale)
  const groups = clustersByRegion(await listClusters(locale))
  return (
    <>
      <Breadcrumbs label={t.breadcrumbs} items={[{ label: t.home, href: r.home() }, { label: t.clusters }]} />
      <h1>{t.clusters}</h1>
      <div className="regions">
        {groups.map((group) => (
          <section key={group.region || 'none'} className="region" aria-label={group.label || t.clusters}>
            <h2>{group.label || t.clusters}</h2>
            <LinkList items={group.clusters} />
          </section>
        ))}
      </div>
    </>
  )
}
