import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_imports_status" AS ENUM('queued', 'running', 'done', 'failed');
  CREATE TYPE "public"."enum_import_items_outcome" AS ENUM('created', 'updated', 'skipped', 'failed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'runImport' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'runImport' BEFORE 'schedulePublish';
  CREATE TABLE "tags_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "clusters_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "institutes_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "organisations_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "partners_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "imports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"status" "enum_imports_status" DEFAULT 'queued' NOT NULL,
  	"progress_done" numeric DEFAULT 0,
  	"progress_total" numeric DEFAULT 0,
  	"started_by_id" integer,
  	"inputs" jsonb,
  	"error" varchar,
  	"finished_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "import_items" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"import_id" integer NOT NULL,
  	"position" numeric NOT NULL,
  	"source" varchar NOT NULL,
  	"label" varchar,
  	"outcome" "enum_import_items_outcome" NOT NULL,
  	"event_id" integer,
  	"title" varchar,
  	"fields" jsonb,
  	"warnings" jsonb,
  	"suggestions" jsonb,
  	"photos" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "events" ADD COLUMN "imported_source" varchar;
  ALTER TABLE "events" ADD COLUMN "imported_import" varchar;
  ALTER TABLE "events" ADD COLUMN "imported_language" varchar;
  ALTER TABLE "events" ADD COLUMN "imported_unsure" jsonb;
  ALTER TABLE "_events_v" ADD COLUMN "version_imported_source" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_imported_import" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_imported_language" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_imported_unsure" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "imports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "import_items_id" integer;
  ALTER TABLE "tags_texts" ADD CONSTRAINT "tags_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clusters_texts" ADD CONSTRAINT "clusters_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "institutes_texts" ADD CONSTRAINT "institutes_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."institutes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisations_texts" ADD CONSTRAINT "organisations_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_texts" ADD CONSTRAINT "partners_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "imports" ADD CONSTRAINT "imports_started_by_id_users_id_fk" FOREIGN KEY ("started_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "import_items" ADD CONSTRAINT "import_items_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "import_items" ADD CONSTRAINT "import_items_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "tags_texts_order_parent" ON "tags_texts" USING btree ("order","parent_id");
  CREATE INDEX "clusters_texts_order_parent" ON "clusters_texts" USING btree ("order","parent_id");
  CREATE INDEX "institutes_texts_order_parent" ON "institutes_texts" USING btree ("order","parent_id");
  CREATE INDEX "organisations_texts_order_parent" ON "organisations_texts" USING btree ("order","parent_id");
  CREATE INDEX "partners_texts_order_parent" ON "partners_texts" USING btree ("order","parent_id");
  CREATE INDEX "imports_status_idx" ON "imports" USING btree ("status");
  CREATE INDEX "imports_started_by_idx" ON "imports" USING btree ("started_by_id");
  CREATE INDEX "imports_updated_at_idx" ON "imports" USING btree ("updated_at");
  CREATE INDEX "imports_created_at_idx" ON "imports" USING btree ("created_at");
  CREATE INDEX "import_items_import_idx" ON "import_items" USING btree ("import_id");
  CREATE INDEX "import_items_position_idx" ON "import_items" USING btree ("position");
  CREATE INDEX "import_items_event_idx" ON "import_items" USING btree ("event_id");
  CREATE INDEX "import_items_updated_at_idx" ON "import_items" USING btree ("updated_at");
  CREATE INDEX "import_items_created_at_idx" ON "import_items" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_imports_fk" FOREIGN KEY ("imports_id") REFERENCES "public"."imports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_import_items_fk" FOREIGN KEY ("import_items_id") REFERENCES "public"."import_items"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "events_imported_imported_source_idx" ON "events" USING btree ("imported_source");
  CREATE INDEX "_events_v_version_imported_version_imported_source_idx" ON "_events_v" USING btree ("version_imported_source");
  CREATE INDEX "payload_locked_documents_rels_imports_id_idx" ON "payload_locked_documents_rels" USING btree ("imports_id");
  CREATE INDEX "payload_locked_documents_rels_import_items_id_idx" ON "payload_locked_documents_rels" USING btree ("import_items_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "tags_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "clusters_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "institutes_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "organisations_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "partners_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "imports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_items" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "tags_texts" CASCADE;
  DROP TABLE "clusters_texts" CASCADE;
  DROP TABLE "institutes_texts" CASCADE;
  DROP TABLE "organisations_texts" CASCADE;
  DROP TABLE "partners_texts" CASCADE;
  DROP TABLE "imports" CASCADE;
  DROP TABLE "import_items" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_imports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_import_items_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverWebhook', 'sendMail', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverWebhook', 'sendMail', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "events_imported_imported_source_idx";
  DROP INDEX "_events_v_version_imported_version_imported_source_idx";
  DROP INDEX "payload_locked_documents_rels_imports_id_idx";
  DROP INDEX "payload_locked_documents_rels_import_items_id_idx";
  ALTER TABLE "events" DROP COLUMN "imported_source";
  ALTER TABLE "events" DROP COLUMN "imported_import";
  ALTER TABLE "events" DROP COLUMN "imported_language";
  ALTER TABLE "events" DROP COLUMN "imported_unsure";
  ALTER TABLE "_events_v" DROP COLUMN "version_imported_source";
  ALTER TABLE "_events_v" DROP COLUMN "version_imported_import";
  ALTER TABLE "_events_v" DROP COLUMN "version_imported_language";
  ALTER TABLE "_events_v" DROP COLUMN "version_imported_unsure";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "imports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "import_items_id";
  DROP TYPE "public"."enum_imports_status";
  DROP TYPE "public"."enum_import_items_outcome";`)
}
