import type { Metadata } from 'next'

import { NotFoundPage } from '@/components/NotFoundPage'
import { notFoundMetadata } from '@/data/metadata'
import { localeOf, type LocaleParams, renderedWhenAsked } from '../params'

type Props = { params: LocaleParams }

// Kept like every other page (a 404 under /events/… or /tags/… already is): the status a page sets from inside
// a Suspense boundary (NotFoundPage) reaches the answer only when the page is complete before it is sent.
export const generateStaticParams = renderedWhenAsked

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return notFoundMetadata(await localeOf(params))
}

/** Any address the site does not have: the 404 page inside the site's layout. */
export default async function UnknownPage({ params }: Props) {
  return <NotFoundPage locale={await localeOf(params)} />
}
