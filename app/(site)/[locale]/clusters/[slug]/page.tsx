import type { Metadata } from 'next'

import { NotFoundPage } from '@/components/NotFoundPage'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { EmbedSnippet } from '@/components/EmbedSnippet'
import { EntityEvents } from '@/components/EntityEvents'
import { EntityHeader } from '@/components/EntityHeader'
import { Link } from '@/components/Link'
import { LinkList } from '@/components/LinkList'
import { notFoundMetadata, pageMetadata } from '@/data/metadata'
import { getClusterBySlug } from '@/data/taxonomy'
import { messages } from '@/lib/i18n/messages'
import { localeOf, renderedWhenAsked, type SlugParams } from '../../params'
import { routes } from '@/lib/routes'

export const generateStaticParams = renderedWhenAsked

export async function generateMetadata({ params }: { params: SlugParams }): Promise<Metadata> {
  const locale = await localeOf(params)
  const cluster = await getClusterBySlug((await params).slug, locale)
  if (!cluster) return notFoundMetadata(locale)
  return pageMetadata({ locale, path: cluster.href, title: cluster.name, description: cluster.description })
}

export default async function ClusterPage({ params }: { params: SlugParams }) {
  const locale = await localeOf(params)
  const cluster = await getClusterBySlug((await params).slug, locale)
  if (!cluster) return <NotFoundPage locale={locale} />
  const t = messages(locale)
  const r = routes(locale)
  return (
    <>
      <Breadcrumbs
        label={t.breadcrumbs}
        items={[{ label: t.home, href: r.home() }, { label: t.clusters, href: r.clusters() }, { label: cluster.name }]}
      />
      <EntityHeader entity={cluster} locale={locale} />
      {cluster.members.length ? (
        <section aria-labelledby="members-heading">
          <h2 id="members-heading">{t.members}</h2>
          <LinkList items={cluster.members} />
        </section>
      ) : null}
      <EntityEvents locale={locale} filter={{ clusterId: cluster.id }} />
      <p>
        <Link href={r.events({ cluster: cluster.slug, when: 'past' })}>{t.pastEvents} →</Link>
      </p>
      <EmbedSnippet locale={locale} list={{ cluster: cluster.slug }} title={cluster.name} />
    </>
  )
}
