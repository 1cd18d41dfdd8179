import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
// Edited by hand: drizzle-kit drops ON DELETE SET NULL when it adds a referencing column with ALTER TABLE, which
// would make deleting an account that made content fail.

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`clusters_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`clusters_id\`) REFERENCES \`clusters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_clusters_id_idx\` ON \`users_rels\` (\`clusters_id\`);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`created_by_id\` integer REFERENCES users(id) ON DELETE SET NULL;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`updated_by_id\` integer REFERENCES users(id) ON DELETE SET NULL;`)
  await db.run(sql`CREATE INDEX \`events_created_by_idx\` ON \`events\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_by_idx\` ON \`events\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_created_by_id\` integer REFERENCES users(id) ON DELETE SET NULL;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id) ON DELETE SET NULL;`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_by_idx\` ON \`_events_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_by_idx\` ON \`_events_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`created_by_id\` integer REFERENCES users(id) ON DELETE SET NULL;`)
  await db.run(sql`ALTER TABLE \`photos\` ADD \`updated_by_id\` integer REFERENCES users(id) ON DELETE SET NULL;`)
  await db.run(sql`CREATE INDEX \`photos_created_by_idx\` ON \`photos\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`photos_updated_by_idx\` ON \`photos\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`tags\` ADD \`created_by_id\` integer REFERENCES users(id) ON DELETE SET NULL;`)
  await db.run(sql`ALTER TABLE \`tags\` ADD \`updated_by_id\` integer REFERENCES users(id) ON DELETE SET NULL;`)
  await db.run(sql`CREATE INDEX \`tags_created_by_idx\` ON \`tags\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`tags_updated_by_idx\` ON \`tags\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`clusters\` ADD \`created_by_id\` integer REFERENCES users(id) ON DELETE SET NULL;`)
  await db.run(sql`ALTER TABLE \`clusters\` ADD \`updated_by_id\` integer REFERENCES users(id) ON DELETE SET NULL;`)
  await db.run(sql`CREATE INDEX \`clusters_created_by_idx\` ON \`clusters\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`clusters_updated_by_idx\` ON \`clusters\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`institutes\` ADD \`created_by_id\` integer REFERENCES users(id) ON DELETE SET NULL;`)
  await db.run(sql`ALTER TABLE \`institutes\` ADD \`updated_by_id\` integer REFERENCES users(id) ON DELETE SET NULL;`)
  await db.run(sql`CREATE INDEX \`institutes_created_by_idx\` ON \`institutes\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`institutes_updated_by_idx\` ON \`institutes\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`created_by_id\` integer REFERENCES users(id) ON DELETE SET NULL;`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`updated_by_id\` integer REFERENCES users(id) ON DELETE SET NULL;`)
  await db.run(sql`CREATE INDEX \`partners_created_by_idx\` ON \`partners\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`partners_updated_by_idx\` ON \`partners\` (\`updated_by_id\`);`)
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // Undoing this on SQLite means rebuilding the content tables, and SQLite runs a migration in a transaction
  // where it cannot turn foreign keys off: dropping a table would delete every row that refers to it (the
  // relations and translations of every event). Nothing is lost by refusing; restore a backup instead.
  throw new Error(
    'This migration cannot be undone on SQLite without losing content. Restore the backup made before it: npm run restore <file>.',
  )
}
