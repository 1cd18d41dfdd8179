import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"clusters_id" integer
  );
  
  ALTER TABLE "events" ADD COLUMN "created_by_id" integer;
  ALTER TABLE "events" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_created_by_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "photos" ADD COLUMN "created_by_id" integer;
  ALTER TABLE "photos" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "tags" ADD COLUMN "created_by_id" integer;
  ALTER TABLE "tags" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "clusters" ADD COLUMN "created_by_id" integer;
  ALTER TABLE "clusters" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "institutes" ADD COLUMN "created_by_id" integer;
  ALTER TABLE "institutes" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "partners" ADD COLUMN "created_by_id" integer;
  ALTER TABLE "partners" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_clusters_fk" FOREIGN KEY ("clusters_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_clusters_id_idx" ON "users_rels" USING btree ("clusters_id");
  ALTER TABLE "events" ADD CONSTRAINT "events_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "photos" ADD CONSTRAINT "photos_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "photos" ADD CONSTRAINT "photos_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tags" ADD CONSTRAINT "tags_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tags" ADD CONSTRAINT "tags_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clusters" ADD CONSTRAINT "clusters_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clusters" ADD CONSTRAINT "clusters_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "institutes" ADD CONSTRAINT "institutes_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "institutes" ADD CONSTRAINT "institutes_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "partners" ADD CONSTRAINT "partners_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "partners" ADD CONSTRAINT "partners_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "events_created_by_idx" ON "events" USING btree ("created_by_id");
  CREATE INDEX "events_updated_by_idx" ON "events" USING btree ("updated_by_id");
  CREATE INDEX "_events_v_version_version_created_by_idx" ON "_events_v" USING btree ("version_created_by_id");
  CREATE INDEX "_events_v_version_version_updated_by_idx" ON "_events_v" USING btree ("version_updated_by_id");
  CREATE INDEX "photos_created_by_idx" ON "photos" USING btree ("created_by_id");
  CREATE INDEX "photos_updated_by_idx" ON "photos" USING btree ("updated_by_id");
  CREATE INDEX "tags_created_by_idx" ON "tags" USING btree ("created_by_id");
  CREATE INDEX "tags_updated_by_idx" ON "tags" USING btree ("updated_by_id");
  CREATE INDEX "clusters_created_by_idx" ON "clusters" USING btree ("created_by_id");
  CREATE INDEX "clusters_updated_by_idx" ON "clusters" USING btree ("updated_by_id");
  CREATE INDEX "institutes_created_by_idx" ON "institutes" USING btree ("created_by_id");
  CREATE INDEX "institutes_updated_by_idx" ON "institutes" USING btree ("updated_by_id");
  CREATE INDEX "partners_created_by_idx" ON "partners" USING btree ("created_by_id");
  CREATE INDEX "partners_updated_by_idx" ON "partners" USING btree ("updated_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "users_rels" CASCADE;
  ALTER TABLE "events" DROP CONSTRAINT "events_created_by_id_users_id_fk";
  
  ALTER TABLE "events" DROP CONSTRAINT "events_updated_by_id_users_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_created_by_id_users_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_updated_by_id_users_id_fk";
  
  ALTER TABLE "photos" DROP CONSTRAINT "photos_created_by_id_users_id_fk";
  
  ALTER TABLE "photos" DROP CONSTRAINT "photos_updated_by_id_users_id_fk";
  
  ALTER TABLE "tags" DROP CONSTRAINT "tags_created_by_id_users_id_fk";
  
  ALTER TABLE "tags" DROP CONSTRAINT "tags_updated_by_id_users_id_fk";
  
  ALTER TABLE "clusters" DROP CONSTRAINT "clusters_created_by_id_users_id_fk";
  
  ALTER TABLE "clusters" DROP CONSTRAINT "clusters_updated_by_id_users_id_fk";
  
  ALTER TABLE "institutes" DROP CONSTRAINT "institutes_created_by_id_users_id_fk";
  
  ALTER TABLE "institutes" DROP CONSTRAINT "institutes_updated_by_id_users_id_fk";
  
  ALTER TABLE "partners" DROP CONSTRAINT "partners_created_by_id_users_id_fk";
  
  ALTER TABLE "partners" DROP CONSTRAINT "partners_updated_by_id_users_id_fk";
  
  DROP INDEX "events_created_by_idx";
  DROP INDEX "events_updated_by_idx";
  DROP INDEX "_events_v_version_version_created_by_idx";
  DROP INDEX "_events_v_version_version_updated_by_idx";
  DROP INDEX "photos_created_by_idx";
  DROP INDEX "photos_updated_by_idx";
  DROP INDEX "tags_created_by_idx";
  DROP INDEX "tags_updated_by_idx";
  DROP INDEX "clusters_created_by_idx";
  DROP INDEX "clusters_updated_by_idx";
  DROP INDEX "institutes_created_by_idx";
  DROP INDEX "institutes_updated_by_idx";
  DROP INDEX "partners_created_by_idx";
  DROP INDEX "partners_updated_by_idx";
  ALTER TABLE "events" DROP COLUMN "created_by_id";
  ALTER TABLE "events" DROP COLUMN "updated_by_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_created_by_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_updated_by_id";
  ALTER TABLE "photos" DROP COLUMN "created_by_id";
  ALTER TABLE "photos" DROP COLUMN "updated_by_id";
  ALTER TABLE "tags" DROP COLUMN "created_by_id";
  ALTER TABLE "tags" DROP COLUMN "updated_by_id";
  ALTER TABLE "clusters" DROP COLUMN "created_by_id";
  ALTER TABLE "clusters" DROP COLUMN "updated_by_id";
  ALTER TABLE "institutes" DROP COLUMN "created_by_id";
  ALTER TABLE "institutes" DROP COLUMN "updated_by_id";
  ALTER TABLE "partners" DROP COLUMN "created_by_id";
  ALTER TABLE "partners" DROP COLUMN "updated_by_id";`)
}
