import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { MEMBERS_2026 } from '../snapshots/members-2026'

// The member organisations become a collection. Every member of the old fixed list becomes a document, and each
// institute points to the one it named (an institute that named "other" keeps no member). Written by hand
// where the generated one would rebuild tables: the new columns are added in place.

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`organisations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`membership\` text DEFAULT 'full' NOT NULL,
  	\`member_since\` numeric,
  	\`country\` text,
  	\`website\` text,
  	\`logo_id\` integer,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`organisations_slug_idx\` ON \`organisations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organisations_membership_idx\` ON \`organisations\` (\`membership\`);`)
  await db.run(sql`CREATE INDEX \`organisations_logo_idx\` ON \`organisations\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_created_by_idx\` ON \`organisations\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_updated_by_idx\` ON \`organisations\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_updated_at_idx\` ON \`organisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_created_at_idx\` ON \`organisations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`organisations_locales\` (
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`organisations_locales_locale_parent_id_unique\` ON \`organisations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`DROP INDEX \`institutes_organisation_idx\`;`)
  await db.run(
    sql`ALTER TABLE \`institutes\` ADD \`organisation_id\` integer REFERENCES organisations(id) ON DELETE set null;`,
  )
  for (const member of MEMBERS_2026) {
    await db.run(
      sql`INSERT INTO \`organisations\` (\`name\`, \`slug\`, \`membership\`, \`country\`) VALUES (${member.name}, ${member.slug}, 'full', ${member.country});`,
    )
  }
  await db.run(
    sql`UPDATE \`institutes\` SET \`organisation_id\` = (SELECT \`id\` FROM \`organisations\` WHERE \`organisations\`.\`slug\` = \`institutes\`.\`organisation\`);`,
  )
  await db.run(sql`CREATE INDEX \`institutes_organisation_idx\` ON \`institutes\` (\`organisation_id\`);`)
  await db.run(sql`ALTER TABLE \`institutes\` DROP COLUMN \`organisation\`;`)
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`organisations_id\` integer REFERENCES organisations(id) ON DELETE cascade;`,
  )
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // Going back would rebuild the institutes table, and inside the migration's transaction SQLite keeps foreign
  // keys on, so the rebuild would delete every event's link to its host institutes. Restore the backup taken
  // before the upgrade instead (npm run restore).
  throw new Error('This migration cannot be undone on SQLite without losing data: restore the backup made before it.')
}
