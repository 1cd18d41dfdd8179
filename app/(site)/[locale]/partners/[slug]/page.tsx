import type { Metadata } from 'next'

import { NotFoundPage } from '@/components/NotFoundPage'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { EntityEvents } from '@/components/EntityEvents'
import { EntityHeader } from '@/components/EntityHeader'
import { notFoundMetadata, pageMetadata } from '@/data/metadata'
import { getPartnerBySlug } from '@/data/taxonomy'
import { messages } from '@/lib/i18n/messages'
import { localeOf, renderedWhenAsked, type SlugParams } from '../../params'
import { routes } from '@/lib/routes'

export const generateStaticParams = renderedWhenAsked

export async function generateMetadata({ params }: { params: SlugParams }): Promise<Metadata> {
  const locale = await localeOf(params)
  const partner = await getPartnerBySlug((await params).slug, locale)
  if (!partner) return notFoundMetadata(locale)
  return pageMetadata({ locale, path: partner.href, title: partner.name, description: partner.description })
}

export default async function PartnerPage({ params }: { params: SlugParams }) {
  const locale = await localeOf(params)
  const partner = await getPartnerBySlug((await params).slug, locale)
  if (!partner) return <NotFoundPage locale={locale} />
  const t = messages(locale)
  return (
    <>
      <Breadcrumbs
        label={t.breadcrumbs}
        items={[
          { label: t.home, href: routes(locale).home() },
          { label: partner.name, lang: partner.lang },
        ]}
      />
      <EntityHeader entity={partner} locale={locale} />
      <EntityEvents locale={locale} filter={{ partnerId: partner.id }} />
    </>
  )
}
