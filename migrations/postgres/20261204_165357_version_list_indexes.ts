import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "_events_v_latest_start_idx" ON "_events_v" USING btree ("latest","version_start_date","created_at");
  CREATE INDEX "_events_v_latest_updated_idx" ON "_events_v" USING btree ("latest","version_updated_at","created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "_events_v_latest_start_idx";
  DROP INDEX "_events_v_latest_updated_idx";`)
}
