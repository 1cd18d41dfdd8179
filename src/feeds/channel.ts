/** What every feed and calendar says about itself: titles in the reader's language, absolute links. */
export type Channel = {
  title: string
  description: string
  /** The page the feed mirrors, and the feed's own address (absolute). */
  url: string
  feedUrl: string
  language: string
  /** This site's host, for stable calendar UIDs. */
  host: string
}
