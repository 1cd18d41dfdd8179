import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`_events_v_latest_start_idx\` ON \`_events_v\` (\`latest\`,\`version_start_date\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_updated_idx\` ON \`_events_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`)
  // The planner's statistics for the new indexes, sampled as the jobs round samples them (src/db/statistics.ts).
  await db.run(sql`PRAGMA analysis_limit=1000;`)
  await db.run(sql`ANALYZE \`_events_v\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_events_v_latest_start_idx\`;`)
  await db.run(sql`DROP INDEX \`_events_v_latest_updated_idx\`;`)
}
