import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "events_locales_parent_id_idx" ON "events_locales" USING btree ("_parent_id");
  CREATE INDEX "_events_v_locales_parent_id_idx" ON "_events_v_locales" USING btree ("_parent_id");
  CREATE INDEX "photos_locales_parent_id_idx" ON "photos_locales" USING btree ("_parent_id");
  CREATE INDEX "tags_locales_parent_id_idx" ON "tags_locales" USING btree ("_parent_id");
  CREATE INDEX "clusters_locales_parent_id_idx" ON "clusters_locales" USING btree ("_parent_id");
  CREATE INDEX "institutes_locales_parent_id_idx" ON "institutes_locales" USING btree ("_parent_id");
  CREATE INDEX "organisations_locales_parent_id_idx" ON "organisations_locales" USING btree ("_parent_id");
  CREATE INDEX "partners_locales_parent_id_idx" ON "partners_locales" USING btree ("_parent_id");
  CREATE INDEX "settings_footer_links_locales_parent_id_idx" ON "settings_footer_links_locales" USING btree ("_parent_id");
  CREATE INDEX "settings_locales_parent_id_idx" ON "settings_locales" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "events_locales_parent_id_idx";
  DROP INDEX "_events_v_locales_parent_id_idx";
  DROP INDEX "photos_locales_parent_id_idx";
  DROP INDEX "tags_locales_parent_id_idx";
  DROP INDEX "clusters_locales_parent_id_idx";
  DROP INDEX "institutes_locales_parent_id_idx";
  DROP INDEX "organisations_locales_parent_id_idx";
  DROP INDEX "partners_locales_parent_id_idx";
  DROP INDEX "settings_footer_links_locales_parent_id_idx";
  DROP INDEX "settings_locales_parent_id_idx";`)
}
