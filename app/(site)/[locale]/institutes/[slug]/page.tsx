import type { Metadata } from 'next'

import { NotFoundPage } from '@/components/NotFoundPage'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { EntityEvents } from '@/components/EntityEvents'
import { EntityHeader } from '@/components/EntityHeader'
import { LinkList } from '@/components/LinkList'
import { notFoundMetadata, pageMetadata } from '@/data/metadata'
import { clustersWithMember, getInstituteBySlug } from '@/data/taxonomy'
import { messages } from '@/lib/i18n/messages'
import { localeOf, renderedWhenAsked, type SlugParams } from '../../params'
import { routes } from '@/lib/routes'

export const generateStaticParams = renderedWhenAsked

export async function generateMetadata({ params }: { params: SlugParams }): Promise<Metadata> {
  const locale = await localeOf(params)
  const institute = await getInstituteBySlug((await params).slug, locale)
  if (!institute) return notFoundMetadata(locale)
  return pageMetadata({ locale, path: institute.href, title: institute.name, description: institute.description })
}

export default async function InstitutePage({ params }: { params: SlugParams }) {
  const locale = await localeOf(params)
  const institute = await getInstituteBySlug((await params).slug, locale)
  if (!institute) return <NotFoundPage locale={locale} />
  const t = messages(locale)
  const clusters = await clustersWithMember(institute.id, locale)
  return (
    <>
      <Breadcrumbs
        label={t.breadcrumbs}
        items={[{ label: t.home, href: routes(locale).home() }, { label: institute.name }]}
      />
      <EntityHeader entity={institute} locale={locale} />
      {clusters.length ? (
        <section aria-labelledby="clusters-heading">
          <h2 id="clusters-heading">{t.clusters}</h2>
          <LinkList items={clusters} />
        </section>
      ) : null}
      <EntityEvents locale={locale} filter={{ hostId: institute.id }} />
    </>
  )
}
