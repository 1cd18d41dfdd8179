import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

type Table = Record<string, unknown>
type Extend = (args: { table: never; extraConfig: (t: Table) => object }) => void
type Hook = <S extends { tables: Record<string, unknown> }>(args: { schema: S; extendTable: Extend }) => S

/**
 * Payload gives each table of translated fields (`<collection>_locales`, `_<collection>_v_locales`) only a
 * unique index on (_locale, _parent_id): a document's translations are looked up by parent, which that index
 * cannot serve, so every read of a document scanned the translations (on SQLite the whole table, per row).
 * An index on the parent column alone is added to each of them.
 */
function localeParentIndexes(index: typeof pgIndex | typeof sqliteIndex): Hook {
  return ({ schema, extendTable }) => {
    for (const [name, table] of Object.entries(schema.tables)) {
      if (!name.endsWith('_locales')) continue
      const indexName = `${name}_parent_id_idx`
      extendTable({
        table: table as never,
        extraConfig: (t) => ({ [indexName]: index(indexName).on(t._parentID as never) }),
      })
    }
    return schema
  }
}

/**
 * The admin's list of events with drafts reads the latest version of each (`_events_v` where latest) in the
 * order the editor picked, by default the start date, or the last change. With only an index on `latest` (true
 * for every event) SQLite, once it has full statistics, reads them all, builds every row with its translations
 * and sorts (2 s at 100k events); an index on (latest, that column, created_at) gives the rows in order.
 */
const VERSION_LISTS: Record<string, string[]> = {
  _events_v_latest_start_idx: ['latest', 'version_start_date', 'created_at'],
  _events_v_latest_updated_idx: ['latest', 'version_updated_at', 'created_at'],
}

type Named = { name: string }

function versionListIndexes(index: typeof pgIndex | typeof sqliteIndex): Hook {
  return ({ schema, extendTable }) => {
    extendTable({
      table: schema.tables._events_v as never,
      extraConfig: (t) => {
        const column = (name: string) => {
          const found = Object.values(t).find((c) => (c as Named).name === name)
          if (!found) throw new Error(`_events_v has no column ${name} for the index of the admin's list.`)
          return found as never
        }
        return Object.fromEntries(
          Object.entries(VERSION_LISTS).map(([name, columns]) => {
            const [first, ...rest] = columns.map(column)
            return [name, index(name).on(first, ...rest)]
          }),
        )
      },
    })
    return schema
  }
}

/** The columns the site's search looks for words in (src/data/search.ts), by table. */
const SEARCHED: Record<string, string[]> = {
  events_locales: ['title', 'summary'],
  tags_locales: ['name'],
  partners_locales: ['name'],
  clusters: ['name'],
  clusters_locales: ['city'],
  institutes: ['name'],
  institutes_locales: ['city'],
}

type Column = { op: (name: string) => unknown }

/**
 * Search finds every word anywhere in a title or name (`like`, which PostgreSQL runs as `ILIKE '%word%'`): a
 * B-tree index cannot serve that, so each search read every translation. A trigram index can (pg_trgm, which the
 * adapter creates on connect): PostgreSQL only. SQLite reads the table, at the cost measured in
 * docs/benchmarks.md.
 */
const trigramIndexes: Hook = ({ schema, extendTable }) => {
  for (const [name, columns] of Object.entries(SEARCHED)) {
    extendTable({
      table: schema.tables[name] as never,
      extraConfig: (t) =>
        Object.fromEntries(
          columns.map((column) => {
            const indexName = `${name}_${column}_trgm_idx`
            return [indexName, pgIndex(indexName).using('gin', (t[column] as Column).op('gin_trgm_ops') as never)]
          }),
        ),
    })
  }
  return schema
}

export const sqliteSchemaHooks = [localeParentIndexes(sqliteIndex), versionListIndexes(sqliteIndex)]
export const postgresSchemaHooks = [localeParentIndexes(pgIndex), versionListIndexes(pgIndex), trigramIndexes]
