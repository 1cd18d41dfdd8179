import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`events_locales_parent_id_idx\` ON \`events_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_locales_parent_id_idx\` ON \`_events_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`photos_locales_parent_id_idx\` ON \`photos_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tags_locales_parent_id_idx\` ON \`tags_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`clusters_locales_parent_id_idx\` ON \`clusters_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`institutes_locales_parent_id_idx\` ON \`institutes_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_locales_parent_id_idx\` ON \`organisations_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`partners_locales_parent_id_idx\` ON \`partners_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`settings_footer_links_locales_parent_id_idx\` ON \`settings_footer_links_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`settings_locales_parent_id_idx\` ON \`settings_locales\` (\`_parent_id\`);`)
  // Statistics for the planner at once (the jobs round keeps them current afterwards: src/db/statistics.ts).
  await db.run(sql`ANALYZE;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`events_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_events_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`photos_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`tags_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`clusters_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`institutes_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`organisations_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`partners_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`settings_footer_links_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`settings_locales_parent_id_idx\`;`)
}
