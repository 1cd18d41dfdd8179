import type { Metadata } from 'next'

import { localeOf, renderedWhenAsked, type SlugParams } from '../../params'
import { TagArchive, tagArchiveMetadata } from './archive'

type Props = { params: SlugParams }

export const generateStaticParams = renderedWhenAsked

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return tagArchiveMetadata(await localeOf(params), (await params).slug, 1)
}

export default async function TagPage({ params }: Props) {
  return <TagArchive locale={await localeOf(params)} slug={(await params).slug} page={1} />
}
