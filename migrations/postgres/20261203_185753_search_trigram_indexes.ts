import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // The adapter creates it on connect too (src/db/adapter.ts); here for a migration run on its own.
  await db.execute(sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`)
  await db.execute(sql`
   CREATE INDEX "events_locales_title_trgm_idx" ON "events_locales" USING gin ("title" gin_trgm_ops);
  CREATE INDEX "events_locales_summary_trgm_idx" ON "events_locales" USING gin ("summary" gin_trgm_ops);
  CREATE INDEX "tags_locales_name_trgm_idx" ON "tags_locales" USING gin ("name" gin_trgm_ops);
  CREATE INDEX "clusters_name_trgm_idx" ON "clusters" USING gin ("name" gin_trgm_ops);
  CREATE INDEX "clusters_locales_city_trgm_idx" ON "clusters_locales" USING gin ("city" gin_trgm_ops);
  CREATE INDEX "institutes_name_trgm_idx" ON "institutes" USING gin ("name" gin_trgm_ops);
  CREATE INDEX "institutes_locales_city_trgm_idx" ON "institutes_locales" USING gin ("city" gin_trgm_ops);
  CREATE INDEX "partners_locales_name_trgm_idx" ON "partners_locales" USING gin ("name" gin_trgm_ops);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "events_locales_title_trgm_idx";
  DROP INDEX "events_locales_summary_trgm_idx";
  DROP INDEX "tags_locales_name_trgm_idx";
  DROP INDEX "clusters_name_trgm_idx";
  DROP INDEX "clusters_locales_city_trgm_idx";
  DROP INDEX "institutes_name_trgm_idx";
  DROP INDEX "institutes_locales_city_trgm_idx";
  DROP INDEX "partners_locales_name_trgm_idx";`)
}
