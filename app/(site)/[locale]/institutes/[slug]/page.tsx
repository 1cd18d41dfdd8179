import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { EntityEvents } from '@/components/EntityEvents'
import { EntityHeader } from '@/components/EntityHeader'
import { LinkList } from '@/components/LinkList'
import { clustersWithMember, getInstituteBySlug } from '@/data/taxonomy'
import { countryName } from '@/lib/countries'
import { messages } from '@/lib/messages'
import { organisationName } from '@/lib/memberships'
import { localeOf, type SlugParams } from '@/lib/page-params'
import { routes } from '@/lib/routes'
import { pageMetadata } from '@/lib/seo'

export async function generateMetadata({ params }: { params: SlugParams }): Promise<Metadata> {
  const locale = await localeOf(params)
  const institute = await getInstituteBySlug((await params).slug, locale)
  if (!institute) return {}
  return pageMetadata({
    locale,
    path: routes(locale).institute(institute.slug ?? ''),
    title: institute.name,
    description: institute.description,
  })
}

export default async function InstitutePage({ params }: { params: SlugParams }) {
  const locale = await localeOf(params)
  const institute = await getInstituteBySlug((await params).slug, locale)
  if (!institute) notFound()
  const t = messages(locale)
  const r = routes(locale)
  const clusters = await clustersWithMember(institute.id, locale)
  return (
    <>
      <Breadcrumbs label={t.breadcrumbs} items={[{ label: t.home, href: r.home() }, { label: institute.name }]} />
      <EntityHeader
        eyebrow={organisationName(institute.organisation) || t.institute}
        name={institute.name}
        facts={[institute.city, countryName(institute.country, locale)]}
        description={institute.description}
        website={institute.website}
        websiteLabel={t.website}
        logo={institute.logo}
      />
      {clusters.length ? (
        <section aria-labelledby="clusters-heading">
          <h2 id="clusters-heading">{t.clusters}</h2>
          <LinkList items={clusters.map((c) => ({ key: c.id, href: r.cluster(c.slug ?? ''), label: c.name }))} />
        </section>
      ) : null}
      <EntityEvents locale={locale} filter={{ hostId: institute.id }} />
    </>
  )
}
