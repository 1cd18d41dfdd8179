import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`tags_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tags\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tags_texts_order_parent\` ON \`tags_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`clusters_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`clusters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`clusters_texts_order_parent\` ON \`clusters_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`institutes_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`institutes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`institutes_texts_order_parent\` ON \`institutes_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`organisations_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organisations_texts_order_parent\` ON \`organisations_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`partners_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partners_texts_order_parent\` ON \`partners_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`imports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`progress_done\` numeric DEFAULT 0,
  	\`progress_total\` numeric DEFAULT 0,
  	\`started_by_id\` integer,
  	\`inputs\` text,
  	\`error\` text,
  	\`finished_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`started_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`imports_status_idx\` ON \`imports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`imports_started_by_idx\` ON \`imports\` (\`started_by_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_updated_at_idx\` ON \`imports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`imports_created_at_idx\` ON \`imports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`import_items\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`import_id\` integer NOT NULL,
  	\`position\` numeric NOT NULL,
  	\`source\` text NOT NULL,
  	\`label\` text,
  	\`outcome\` text NOT NULL,
  	\`event_id\` integer,
  	\`title\` text,
  	\`fields\` text,
  	\`warnings\` text,
  	\`suggestions\` text,
  	\`photos\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`import_id\`) REFERENCES \`imports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`import_items_import_idx\` ON \`import_items\` (\`import_id\`);`)
  await db.run(sql`CREATE INDEX \`import_items_position_idx\` ON \`import_items\` (\`position\`);`)
  await db.run(sql`CREATE INDEX \`import_items_event_idx\` ON \`import_items\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`import_items_updated_at_idx\` ON \`import_items\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`import_items_created_at_idx\` ON \`import_items\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`imported_source\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`imported_import\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`imported_language\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`imported_unsure\` text;`)
  await db.run(sql`CREATE INDEX \`events_imported_imported_source_idx\` ON \`events\` (\`imported_source\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_imported_source\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_imported_import\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_imported_language\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_imported_unsure\` text;`)
  await db.run(sql`CREATE INDEX \`_events_v_version_imported_version_imported_source_idx\` ON \`_events_v\` (\`version_imported_source\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`imports_id\` integer REFERENCES imports(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`import_items_id\` integer REFERENCES import_items(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`imports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_import_items_id_idx\` ON \`payload_locked_documents_rels\` (\`import_items_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`tags_texts\`;`)
  await db.run(sql`DROP TABLE \`clusters_texts\`;`)
  await db.run(sql`DROP TABLE \`institutes_texts\`;`)
  await db.run(sql`DROP TABLE \`organisations_texts\`;`)
  await db.run(sql`DROP TABLE \`partners_texts\`;`)
  await db.run(sql`DROP TABLE \`imports\`;`)
  await db.run(sql`DROP TABLE \`import_items\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`events_id\` integer,
  	\`photos_id\` integer,
  	\`tags_id\` integer,
  	\`clusters_id\` integer,
  	\`institutes_id\` integer,
  	\`organisations_id\` integer,
  	\`partners_id\` integer,
  	\`users_id\` integer,
  	\`invitations_id\` integer,
  	\`outbox_id\` integer,
  	\`sign_in_providers_id\` integer,
  	\`webhooks_id\` integer,
  	\`webhook_deliveries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`photos_id\`) REFERENCES \`photos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tags_id\`) REFERENCES \`tags\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`clusters_id\`) REFERENCES \`clusters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`institutes_id\`) REFERENCES \`institutes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`invitations_id\`) REFERENCES \`invitations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outbox_id\`) REFERENCES \`outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sign_in_providers_id\`) REFERENCES \`sign_in_providers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhooks_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "events_id", "photos_id", "tags_id", "clusters_id", "institutes_id", "organisations_id", "partners_id", "users_id", "invitations_id", "outbox_id", "sign_in_providers_id", "webhooks_id", "webhook_deliveries_id") SELECT "id", "order", "parent_id", "path", "events_id", "photos_id", "tags_id", "clusters_id", "institutes_id", "organisations_id", "partners_id", "users_id", "invitations_id", "outbox_id", "sign_in_providers_id", "webhooks_id", "webhook_deliveries_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_photos_id_idx\` ON \`payload_locked_documents_rels\` (\`photos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tags_id_idx\` ON \`payload_locked_documents_rels\` (\`tags_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_clusters_id_idx\` ON \`payload_locked_documents_rels\` (\`clusters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_institutes_id_idx\` ON \`payload_locked_documents_rels\` (\`institutes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_invitations_id_idx\` ON \`payload_locked_documents_rels\` (\`invitations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sign_in_providers_id_idx\` ON \`payload_locked_documents_rels\` (\`sign_in_providers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhooks_id_idx\` ON \`payload_locked_documents_rels\` (\`webhooks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`DROP INDEX \`events_imported_imported_source_idx\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`imported_source\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`imported_import\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`imported_language\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`imported_unsure\`;`)
  await db.run(sql`DROP INDEX \`_events_v_version_imported_version_imported_source_idx\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_imported_source\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_imported_import\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_imported_language\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_imported_unsure\`;`)
}
