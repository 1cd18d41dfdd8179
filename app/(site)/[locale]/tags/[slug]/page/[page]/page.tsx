import type { Metadata } from 'next'

import { NotFoundPage } from '@/components/NotFoundPage'
import { notFoundMetadata } from '@/data/metadata'
import { localeOf, renderedWhenAsked } from '../../../../params'
import { laterPage } from '@/lib/query/pagination'
import { TagArchive, tagArchiveMetadata } from '../../archive'

type Props = { params: Promise<{ locale: string; slug: string; page: string }> }

export const generateStaticParams = renderedWhenAsked

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params
  const locale = await localeOf(params)
  const number = laterPage(page)
  return number ? tagArchiveMetadata(locale, slug, number) : notFoundMetadata(locale)
}

export default async function TagArchivePage({ params }: Props) {
  const { slug, page } = await params
  const locale = await localeOf(params)
  const number = laterPage(page)
  if (!number) return <NotFoundPage locale={locale} />
  return <TagArchive locale={locale} slug={slug} page={number} />
}
