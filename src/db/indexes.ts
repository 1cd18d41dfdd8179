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

export const sqliteSchemaHooks = [localeParentIndexes(sqliteIndex)]
export const postgresSchemaHooks = [localeParentIndexes(pgIndex), trigramIndexes]
