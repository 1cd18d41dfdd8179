import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Written by hand (the schema Payload knows is unchanged): a full-text table over the events' titles and summaries
// in every language, with the trigram tokenizer so a word anywhere in a text is found through it, kept in step
// with events_locales by triggers. Read by src/data/search-text.ts; PostgreSQL has trigram indexes instead.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql.raw(
      `CREATE VIRTUAL TABLE events_search_text USING fts5(title, summary, content='events_locales', content_rowid='id', tokenize='trigram')`,
    ),
  )
  await db.run(sql.raw(`INSERT INTO events_search_text(events_search_text) VALUES ('rebuild')`))
  await db.run(
    sql.raw(`CREATE TRIGGER events_search_text_insert AFTER INSERT ON events_locales BEGIN
      INSERT INTO events_search_text(rowid, title, summary) VALUES (new.id, new.title, new.summary);
    END`),
  )
  await db.run(
    sql.raw(`CREATE TRIGGER events_search_text_delete AFTER DELETE ON events_locales BEGIN
      INSERT INTO events_search_text(events_search_text, rowid, title, summary) VALUES ('delete', old.id, old.title, old.summary);
    END`),
  )
  await db.run(
    sql.raw(`CREATE TRIGGER events_search_text_update AFTER UPDATE ON events_locales BEGIN
      INSERT INTO events_search_text(events_search_text, rowid, title, summary) VALUES ('delete', old.id, old.title, old.summary);
      INSERT INTO events_search_text(rowid, title, summary) VALUES (new.id, new.title, new.summary);
    END`),
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const trigger of ['insert', 'delete', 'update'])
    await db.run(sql.raw(`DROP TRIGGER IF EXISTS events_search_text_${trigger}`))
  await db.run(sql.raw(`DROP TABLE IF EXISTS events_search_text`))
}
