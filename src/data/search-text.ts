import type { Payload } from 'payload'

import { MAX_LIST } from '@/checks/where'

import { sql, sqlRows } from '@/db/sql'

/**
 * More events than a query may list by id (src/checks/where.ts) have the word: it narrows too little to be worth it,
 * and the search reads the translations instead.
 */
const MOST_CANDIDATES = MAX_LIST
/** The trigram index finds words of three characters or more. */
const SHORTEST_WORD = 3

/** The events' full-text table (migrations/sqlite/20261203_194800_events_search_text.ts). */
const TABLE = 'events_search_text'

/** Whether this SQLite database has the events' full-text table (its migration made it; `next dev` pushes none). */
let hasTable: Promise<boolean> | undefined

function withTable(payload: Payload): Promise<boolean> {
  if (payload.db.name !== 'sqlite') return Promise.resolve(false)
  hasTable ??= sqlRows(payload, sql`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ${TABLE}`)
    .then((rows) => Boolean(rows?.length))
    .catch(() => false)
  return hasTable
}

/**
 * On SQLite, the events whose title or summary, in any language, contains the query's longest word, found
 * through the full-text table (trigram tokenizer: a word anywhere in a text, any case), so that the search's
 * own conditions are checked on these events only rather than on every translation. Undefined where it cannot
 * narrow anything: another database (PostgreSQL has trigram indexes), no such table, only short words, or a
 * word so common that most events have it.
 */
export async function eventCandidates(payload: Payload, words: string[]): Promise<Array<number | string> | undefined> {
  const longest = [...words].sort((a, b) => b.length - a.length)[0]
  if (!longest || [...longest].length < SHORTEST_WORD) return undefined
  if (!(await withTable(payload))) return undefined
  const phrase = `"${longest.replace(/"/g, '""')}"`
  const table = sql.identifier(TABLE)
  const rows = await sqlRows(
    payload,
    sql`SELECT DISTINCT l._parent_id AS id FROM ${table} s JOIN events_locales l ON l.id = s.rowid
      WHERE ${table} MATCH ${phrase} LIMIT ${MOST_CANDIDATES + 1}`,
  )
  if (!rows || rows.length > MOST_CANDIDATES) return undefined
  return rows.map((r) => r.id as number)
}
