import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { EntityEvents } from '@/components/EntityEvents'
import { EntityHeader } from '@/components/EntityHeader'
import { Link } from '@/components/Link'
import { LinkList } from '@/components/LinkList'
import { getClusterBySlug } from '@/data/taxonomy'
import { countryName } from '@/lib/countries'
import { messages } from '@/lib/messages'
import { organisationName } from '@/lib/memberships'
import { localeOf, type SlugParams } from '@/lib/page-params'
import { regionLabel } from '@/lib/regions'
import { populated } from '@/lib/relations'
import { routes } from '@/lib/routes'
import { pageMetadata } from '@/lib/seo'
import type { Institute } from '@/payload-types'

export async function generateMetadata({ params }: { params: SlugParams }): Promise<Metadata> {
  const locale = await localeOf(params)
  const cluster = await getClusterBySlug((await params).slug, locale)
  if (!cluster) return {}
  return pageMetadata({
    locale,
    path: routes(locale).cluster(cluster.slug ?? ''),
    title: cluster.name,
    description: cluster.description,
  })
}

export default async function ClusterPage({ params }: { params: SlugParams }) {
  const locale = await localeOf(params)
  const cluster = await getClusterBySlug((await params).slug, locale)
  if (!cluster) notFound()
  const t = messages(locale)
  const r = routes(locale)
  const members = populated<Institute>(cluster.members)
  return (
    <>
      <Breadcrumbs
        label={t.breadcrumbs}
        items={[{ label: t.home, href: r.home() }, { label: t.clusters, href: r.clusters() }, { label: cluster.name }]}
      />
      <EntityHeader
        eyebrow={t.cluster}
        name={cluster.name}
        facts={[cluster.city, countryName(cluster.country, locale), regionLabel(cluster.region, locale)]}
        description={cluster.description}
        website={cluster.website}
        websiteLabel={t.website}
      />
      {members.length ? (
        <section aria-labelledby="members-heading">
          <h2 id="members-heading">{t.members}</h2>
          <LinkList
            items={members.map((m) => ({
              key: m.id,
              href: r.institute(m.slug ?? ''),
              label: m.name,
              note: organisationName(m.organisation),
            }))}
          />
        </section>
      ) : null}
      <EntityEvents locale={locale} filter={{ clusterId: cluster.id }} />
      <p>
        <Link href={r.events({ cluster: cluster.slug ?? '', when: 'past' })}>{t.pastEvents} →</Link>
      </p>
    </>
  )
}
