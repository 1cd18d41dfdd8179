import fs from 'node:fs'
import path from 'node:path'

/**
 * SQLite runs each migration in a transaction, where foreign keys cannot be switched off: a migration that
 * rebuilds a table (create a copy, DROP the original, rename) silently deletes every row of the tables that
 * refer to it with ON DELETE CASCADE — an events rebuild empties events_rels and events_locales. Such a
 * migration must be written with ALTER TABLE instead, or refuse.
 */
const dir = path.resolve('migrations/sqlite')
const files = fs.readdirSync(dir).filter((f) => /^\d.*\.ts$/.test(f))

const referenced = new Set<string>()
for (const file of files) {
  for (const m of fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/REFERENCES \\?`?(\w+)\\?`?\s*\(/g)) {
    referenced.add(m[1])
  }
}

test.each(files)('%s drops no table that other rows refer to', (file) => {
  const text = fs.readFileSync(path.join(dir, file), 'utf8')
  const dropped = [...text.matchAll(/DROP TABLE \\?`(\w+)\\?`/g)].map((m) => m[1])
  const created = new Set([...text.matchAll(/CREATE TABLE \\?`(\w+)\\?`/g)].map((m) => m[1]))
  // A table the same migration creates (its own down step dropping it) holds nothing that existed before.
  expect(dropped.filter((t) => referenced.has(t) && !created.has(t))).toEqual([])
})
