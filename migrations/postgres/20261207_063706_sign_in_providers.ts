import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_sign_in_providers_new_accounts" AS ENUM('invited', 'contributor', 'editor');
  CREATE TABLE "users_identities" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"issuer" varchar,
  	"subject" varchar
  );
  
  CREATE TABLE "sign_in_providers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"issuer" varchar NOT NULL,
  	"client_id" varchar NOT NULL,
  	"client_secret" varchar,
  	"new_accounts" "enum_sign_in_providers_new_accounts" DEFAULT 'invited' NOT NULL,
  	"enabled" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sign_in_providers_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "sign_in_providers_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"clusters_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sign_in_providers_id" integer;
  ALTER TABLE "users_identities" ADD CONSTRAINT "users_identities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sign_in_providers_texts" ADD CONSTRAINT "sign_in_providers_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sign_in_providers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sign_in_providers_rels" ADD CONSTRAINT "sign_in_providers_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sign_in_providers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sign_in_providers_rels" ADD CONSTRAINT "sign_in_providers_rels_clusters_fk" FOREIGN KEY ("clusters_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_identities_order_idx" ON "users_identities" USING btree ("_order");
  CREATE INDEX "users_identities_parent_id_idx" ON "users_identities" USING btree ("_parent_id");
  CREATE INDEX "sign_in_providers_updated_at_idx" ON "sign_in_providers" USING btree ("updated_at");
  CREATE INDEX "sign_in_providers_created_at_idx" ON "sign_in_providers" USING btree ("created_at");
  CREATE INDEX "sign_in_providers_texts_order_parent" ON "sign_in_providers_texts" USING btree ("order","parent_id");
  CREATE INDEX "sign_in_providers_rels_order_idx" ON "sign_in_providers_rels" USING btree ("order");
  CREATE INDEX "sign_in_providers_rels_parent_idx" ON "sign_in_providers_rels" USING btree ("parent_id");
  CREATE INDEX "sign_in_providers_rels_path_idx" ON "sign_in_providers_rels" USING btree ("path");
  CREATE INDEX "sign_in_providers_rels_clusters_id_idx" ON "sign_in_providers_rels" USING btree ("clusters_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sign_in_providers_fk" FOREIGN KEY ("sign_in_providers_id") REFERENCES "public"."sign_in_providers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_sign_in_providers_id_idx" ON "payload_locked_documents_rels" USING btree ("sign_in_providers_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users_identities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sign_in_providers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sign_in_providers_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sign_in_providers_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "users_identities" CASCADE;
  DROP TABLE "sign_in_providers" CASCADE;
  DROP TABLE "sign_in_providers_texts" CASCADE;
  DROP TABLE "sign_in_providers_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sign_in_providers_fk";
  
  DROP INDEX "payload_locked_documents_rels_sign_in_providers_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sign_in_providers_id";
  DROP TYPE "public"."enum_sign_in_providers_new_accounts";`)
}
