import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { localeOf, renderedWhenAsked } from '../../../../params'
import { laterPage } from '@/lib/query/pagination'
import { TagArchive, tagArchiveMetadata } from '../../archive'

type Props = { params: Promise<{ locale: string; slug: string; page: string }> }

export const generateStaticParams = renderedWhenAsked

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params
  const number = laterPage(page)
  return number ? tagArchiveMetadata(await localeOf(params), slug, number) : {}
}

export default async function TagArchivePage({ params }: Props) {
  const { slug, page } = await params
  const number = laterPage(page)
  if (!number) notFound()
  return <TagArchive locale={await localeOf(params)} slug={slug} page={number} />
}
