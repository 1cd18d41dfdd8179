import { folded, foldedName, wordIndex } from './names'
import { countryCode } from './place'

/** A tag, cluster, institute or partner of this site, by every name it goes by (each language, slug, other names). */
export type Named = {
  id: number | string
  name: string
  /** Full names: its name in each language, its slug, its other names. */
  names: string[]
  /** Short names a list may use for it: a cluster's country and city ("the clusters Lisbon and Porto"). */
  short?: string[]
  /** A cluster's country, whose zone an event takes when its text names no place. */
  country?: string
}
export type Network = { tags: Named[]; clusters: Named[]; institutes: Named[]; partners: Named[] }

export type LinkCollection = keyof Network
/** A name the article gives that this site has no record of yet: an editor creates it or lets it be. */
export type Suggestion = {
  collection: LinkCollection
  name: string
  why: string
  /** A suggested cluster's country, when its name is one ("EUNIC Mongolia"): what creating it needs. */
  country?: string
  /** The record an editor created from it. */
  created?: number | string
}
export type FoundLinks = {
  tags: Named[]
  clusters: Named[]
  hostInstitutes: Named[]
  partners: Named[]
  suggestions: Suggestion[]
}

/** Words that name a cluster, before or after its name (English and French "cluster(s)", German "Cluster(n)"). */
const CLUSTER_WORD = /(?<![\p{L}-])(?:eunic[- ])?clusters?n?(?![\p{L}])/gu
/** Words between names in a list. */
const LIST_GLUE = /^(?:\s*(?:,|:|&|and|et|und|or|ou|oder|as well as)\s*)+$/u
/** Words between "clusters" and the list it introduces: "the clusters in", "les clusters de", "die Cluster in". */
const LEAD_IN =
  /^\s*(?:(?:in|of|from|at|de|d'|du|des|en|au|aux|à|in|aus|von|the|les|la|le|die|der|den|regions?|régions?|regionen|countries|pays|ländern|cities|villes|städten)\s*:?\s*)*:?\s*$/iu
/** How an article says who hosted the event, in the three languages. */
const HOSTED_BY =
  /(?:hosted by|host(?:ed)? at the|organi[sz]ed by|organisé(?:e|s|es)? par|accueilli(?:e|s|es)? par|veranstaltet von|organisiert von|ausgerichtet von|zu gast (?:bei|im|in der))\s+/giu

/** Runs of capitalised words: "Goethe-Institut Kasachstan", "Lisbon", "Porto". */
const NAME_RUN =
  /\p{Lu}[\p{L}\p{N}'’.-]*(?:[ \t]+(?:(?:de|du|des|of|the|for|für|und|la|le|di|del)[ \t]+)?\p{Lu}[\p{L}\p{N}'’.-]*)*/gu

const stripEunic = (name: string) => name.replace(/^eunic[\s-]+/i, '').trim()

function byName(records: Named[], name: string): Named | undefined {
  const wanted = foldedName(name)
  return records.find((r) => [...r.names, ...(r.short ?? [])].some((n) => foldedName(n) === wanted))
}

/** The names listed in a text: runs of capitalised words joined by commas and "and", from its start. */
function listedNames(text: string, { fromStart }: { fromStart: boolean }): string[] {
  const runs = [...text.matchAll(NAME_RUN)]
  const names: string[] = []
  let end = 0
  for (const run of runs) {
    const between = text.slice(end, run.index)
    const glued = names.length ? LIST_GLUE.test(between) : fromStart ? LEAD_IN.test(between) : true
    if (!glued) break
    names.push(run[0])
    end = run.index + run[0].length
  }
  return names
}

/**
 * Cluster names before or after the word "cluster": "the clusters Lisbon and Porto", "the EUNIC Kazakhstan
 * cluster". The caller keeps those that are a record's name or a place.
 */
function clusterNames(text: string): string[] {
  const names: string[] = []
  const foldedText = folded(text)
  for (const match of foldedText.matchAll(CLUSTER_WORD)) {
    const sentenceEnd = text.slice(match.index + match[0].length).search(/[.;!?](?:\s|$)|\(/)
    const after = text.slice(
      match.index + match[0].length,
      sentenceEnd < 0 ? undefined : match.index + match[0].length + sentenceEnd,
    )
    names.push(...listedNames(after, { fromStart: true }))
    const before = text.slice(Math.max(0, match.index - 80), match.index)
    const last = [...before.matchAll(NAME_RUN)].at(-1)
    if (last && /^[\s-]*$/.test(before.slice(last.index + last[0].length))) names.push(last[0])
  }
  return names.map(stripEunic).filter((name) => name && !/^eunic$/i.test(name))
}

function hostNames(text: string, institutes: Named[]): Array<{ name: string; record?: Named }> {
  const found: Array<{ name: string; record?: Named }> = []
  for (const match of text.matchAll(HOSTED_BY)) {
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 200)
    const foldedAfter = folded(after)
    const record = institutes
      .flatMap((r) => r.names.map((n) => ({ r, n: foldedName(n) })))
      .filter(({ n }) => n && foldedAfter.startsWith(n))
      .sort((a, b) => b.n.length - a.n.length)[0]?.r
    const run = after.match(new RegExp(`^${NAME_RUN.source}`, 'u'))?.[0]
    if (record || run) found.push({ name: run ?? record.name, record })
  }
  return found
}

const unique = (records: Named[]) => [...new Map(records.map((r) => [String(r.id), r])).values()]

/**
 * The network an article names, matched to this site's records by any of their names (accents and case ignored):
 * the page's own tags; the clusters it lists around the word "cluster"; the institute it says hosted the event;
 * the partners it names. A name with no record is a suggestion, never a new record.
 */
export function findLinks(
  article: { text: string; tags: string[]; categories?: string[] },
  network: Network,
  isPlace: (name: string) => boolean = () => true,
): FoundLinks {
  const suggestions: Suggestion[] = []
  const suggest = (collection: LinkCollection, name: string, why: string) => {
    if (!suggestions.some((s) => s.collection === collection && foldedName(s.name) === foldedName(name)))
      suggestions.push({ collection, name, why })
  }
  const tags: Named[] = []
  for (const tag of article.tags) {
    const record = byName(network.tags, tag)
    if (record) tags.push(record)
    else suggest('tags', tag, 'in the page’s tag list')
  }
  for (const category of article.categories ?? []) {
    const record = byName(network.tags, category)
    if (record) tags.push(record)
  }
  const foldedText = folded(article.text)
  const clusters = network.clusters.filter((c) =>
    c.names.some((n) => foldedName(n).length > 3 && /\s|-/.test(n.trim()) && wordIndex(foldedText, foldedName(n)) >= 0),
  )
  for (const name of clusterNames(article.text)) {
    const record = byName(network.clusters, name)
    if (record) clusters.push(record)
    // A cluster is named after its country or city: "the clusters Lisbon and Porto", not "the Cluster Fund".
    else if (isPlace(name)) {
      suggest('clusters', `EUNIC ${name}`, 'named as a cluster in the text')
      const country = countryCode(name)
      if (country) suggestions.at(-1)!.country ??= country
    }
  }
  const hostInstitutes: Named[] = []
  for (const host of hostNames(article.text, network.institutes)) {
    if (host.record) hostInstitutes.push(host.record)
    else suggest('institutes', host.name, 'named as the host in the text')
  }
  const partners = network.partners.filter((p) =>
    p.names.some((n) => foldedName(n).length >= 4 && wordIndex(foldedText, foldedName(n)) >= 0),
  )
  return {
    tags: unique(tags),
    clusters: unique(clusters),
    hostInstitutes: unique(hostInstitutes),
    partners: unique(partners),
    suggestions,
  }
}
