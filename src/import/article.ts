import type { WallTime } from './dates'

/** A photo as a page shows it: where its file is, what it shows and who took it. */
export type FoundPhoto = {
  /** The file's address or its path inside a saved page (resolved against the page). */
  src?: string
  alt?: string
  caption?: string
  credit?: string
  /** The caption as the page wrote it, credit and all (to keep it out of the body). */
  captionText?: string
}

/** Times a calendar states outright: wall times of the form YYYY-MM-DD[THH:mm], and the zone they are in. */
export type StatedTime = {
  start: string
  end: string
  allDay: boolean
  timeZone?: string
  recurring: boolean
  /** Start and end are UTC moments (ISO), to be shown in the venue's zone, not wall times. */
  moment?: boolean
}

/**
 * One thing to import, as a reader found it — an article page, a post of a WordPress export, an event of a
 * calendar — before anything is matched against this site's content.
 */
export type Article = {
  /** What keeps a second import of the same thing from making a second event: an address, a guid, a UID, a hash. */
  source: string
  /** How the report names it: the file, the address, the post's title. */
  label: string
  /** The language the page says it is in (its `lang`), when it says. */
  language?: string
  title?: string
  /** The lead or first paragraph. */
  lead?: string
  /** The article's body as clean HTML: no title, no lead, no pictures (they become photos). */
  bodyHtml: string
  /** All its words as plain text, where dates, places and names are looked for. */
  text: string
  photos: FoundPhoto[]
  /** The page's own tag list, a post's tags, a calendar event's categories: linked, or suggested when unknown. */
  tags: string[]
  /** A post's categories (sections of the old site, like "News"): linked when a tag has the name, else let be. */
  categories?: string[]
  /** The day the page was published: never taken for the event's date. */
  published?: WallTime
  /** What a calendar states outright. */
  stated?: StatedTime
  location?: string
  url?: string
  /** What the reader could not read, or left out, said in words. */
  warnings: string[]
}

/** An item a reader passes over, with the reason (a draft post, a trashed one). */
export type Skipped = { skipped: true; source: string; label: string; reason: string }

export const isSkipped = (item: Article | Skipped): item is Skipped => 'skipped' in item
