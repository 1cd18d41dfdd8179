import { countryName } from '@/lib/i18n/countries'
import { textLangs } from '@/lib/i18n/fallback-paths'
import type { Locale } from '@/lib/i18n/locales'
import { organisationName } from '@/lib/i18n/memberships'
import { messages } from '@/lib/i18n/messages'
import { partnerKindLabel } from '@/lib/i18n/partner-kinds'
import { regionLabel } from '@/lib/i18n/regions'
import { populated } from '@/lib/relations'
import { routes } from '@/lib/routes'
import { keepGood } from '@/lib/skipped'
import type { Cluster, Institute, Partner, Tag } from '@/payload-types'

import { type PhotoView, photoView } from './photo'

type Id = number | string

/** A link to a page of the site with a short muted note after it ("Goethe-Institut Kasachstan (Goethe-Institut)"). */
export type LinkView = {
  id: Id
  slug: string
  href: string
  label: string
  note?: string
  /** The language of the label, when it is not the page's (a name not yet translated). */
  lang?: Locale
}

/** What every tag, cluster, institute and partner page shows in its head. */
export type EntityView = LinkView & {
  name: string
  /** What kind of page it is: "Cluster", an institute's member organisation, a partner's kind. */
  kind: string
  /** Short facts under the name: city, country, region. */
  facts: string[]
  description: string
  website: string | null
  logo: PhotoView | null
}

export type TagView = EntityView & { feedHref: string }
export type ClusterView = EntityView & { region: string; regionLabel: string; members: LinkView[] }
export type InstituteView = EntityView
export type PartnerView = EntityView & { kindCode: string }

/** The slug of a document with a page; throws (the caller leaves the document out) when it has none. */
function slugOf(doc: { slug?: string | null }): string {
  if (!doc.slug) throw new Error('it has no slug')
  return doc.slug
}

type Named = { id: Id; name: string; slug?: string | null; description?: string | null; website?: string | null }

function entity(doc: Named, href: (slug: string) => string, kind: string, facts: unknown[]): EntityView {
  const slug = slugOf(doc)
  return {
    id: doc.id,
    slug,
    href: href(slug),
    label: doc.name,
    name: doc.name,
    lang: textLangs(doc, ['name']).name,
    kind,
    facts: facts.filter((f): f is string => typeof f === 'string' && f !== ''),
    description: doc.description ?? '',
    website: doc.website || null,
    logo: null,
  }
}

export function tagView(doc: Tag, locale: Locale): TagView {
  const r = routes(locale)
  const base = entity(doc, r.tag, messages(locale).tag, [])
  return { ...base, feedHref: r.tagFeed(base.slug) }
}

export function instituteView(doc: Institute, locale: Locale): InstituteView {
  const organisation = organisationName(doc.organisation)
  const base = entity(doc, routes(locale).institute, organisation || messages(locale).institute, [
    doc.city,
    countryName(doc.country, locale),
  ])
  return { ...base, note: organisation || undefined, logo: photoView(doc.logo) }
}

export function partnerView(doc: Partner, locale: Locale): PartnerView {
  const kind = partnerKindLabel(doc.kind, locale)
  const base = entity(doc, routes(locale).partner, kind || messages(locale).partner, [countryName(doc.country, locale)])
  return { ...base, note: kind || undefined, kindCode: doc.kind, logo: photoView(doc.logo) }
}

export function clusterView(doc: Cluster, locale: Locale): ClusterView {
  const region = regionLabel(doc.region, locale)
  const country = countryName(doc.country, locale)
  const base = entity(doc, routes(locale).cluster, messages(locale).cluster, [doc.city, country, region])
  return {
    ...base,
    note: country || undefined,
    region: doc.region ?? '',
    regionLabel: region,
    members: viewsOf(populated<Institute>(doc.members), (i) => instituteView(i, locale), `cluster ${doc.id}`),
  }
}

/** Views of the documents that can be shown; one that cannot (no slug, so no address) is reported and left out. */
export const viewsOf = <D extends { id: Id }, V>(docs: D[], view: (doc: D) => V, where: string): V[] =>
  keepGood(docs, view, (d) => `document ${d.id}`, where)
