import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { EntityEvents } from '@/components/EntityEvents'
import { EntityHeader } from '@/components/EntityHeader'
import { getPartnerBySlug } from '@/data/taxonomy'
import { countryName } from '@/lib/countries'
import { messages } from '@/lib/messages'
import { localeOf, type SlugParams } from '@/lib/page-params'
import { partnerKindLabel } from '@/lib/partner-kinds'
import { routes } from '@/lib/routes'
import { pageMetadata } from '@/lib/seo'

export async function generateMetadata({ params }: { params: SlugParams }): Promise<Metadata> {
  const locale = await localeOf(params)
  const partner = await getPartnerBySlug((await params).slug, locale)
  if (!partner) return {}
  return pageMetadata({
    locale,
    path: routes(locale).partner(partner.slug ?? ''),
    title: partner.name,
    description: partner.description,
  })
}

export default async function PartnerPage({ params }: { params: SlugParams }) {
  const locale = await localeOf(params)
  const partner = await getPartnerBySlug((await params).slug, locale)
  if (!partner) notFound()
  const t = messages(locale)
  const r = routes(locale)
  return (
    <>
      <Breadcrumbs label={t.breadcrumbs} items={[{ label: t.home, href: r.home() }, { label: partner.name }]} />
      <EntityHeader
        eyebrow={partnerKindLabel(partner.kind, locale) || t.partner}
        name={partner.name}
        facts={[countryName(partner.country, locale)]}
        description={partner.description}
        website={partner.website}
        websiteLabel={t.website}
        logo={partner.logo}
      />
      <EntityEvents locale={locale} filter={{ partnerId: partner.id }} />
    </>
  )
}
