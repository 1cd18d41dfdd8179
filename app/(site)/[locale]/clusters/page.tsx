import type { Metadata } from 'next'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { LinkList } from '@/components/LinkList'
import { listClusters } from '@/data/taxonomy'
import { countryName } from '@/lib/countries'
import { messages } from '@/lib/messages'
import { localeOf, type LocaleParams } from '@/lib/page-params'
import { regionLabel } from '@/lib/regions'
import { routes } from '@/lib/routes'
import { pageMetadata } from '@/lib/seo'

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await localeOf(params)
  return pageMetadata({ locale, path: routes(locale).clusters(), title: messages(locale).clusters })
}

export default async function ClustersPage({ params }: { params: LocaleParams }) {
  const locale = await localeOf(params)
  const t = messages(locale)
  const r = routes(locale)
  const clusters = await listClusters(locale)
  const regions = [...new Set(clusters.map((c) => c.region ?? ''))]
  return (
    <>
      <Breadcrumbs label={t.breadcrumbs} items={[{ label: t.home, href: r.home() }, { label: t.clusters }]} />
      <h1>{t.clusters}</h1>
      {regions.map((region) => (
        <section key={region || 'none'} aria-label={regionLabel(region, locale) || t.clusters}>
          {region ? <h2>{regionLabel(region, locale)}</h2> : null}
          <LinkList
            items={clusters
              .filter((c) => (c.region ?? '') === region)
              .map((c) => ({
                key: c.id,
                href: r.cluster(c.slug ?? ''),
                label: c.name,
                note: countryName(c.country, locale),
              }))}
          />
        </section>
      ))}
    </>
  )
}
