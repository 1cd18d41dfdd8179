import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { MEMBERS_2026 } from '../snapshots/members-2026'

// The member organisations become a collection. Every member of the old fixed list becomes a document, and each
// institute points to the one it named (an institute that named "other" keeps no member).

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_organisations_membership" AS ENUM('full', 'associate');
  CREATE TYPE "public"."enum_organisations_country" AS ENUM('AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW');
  CREATE TABLE "organisations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"membership" "enum_organisations_membership" DEFAULT 'full' NOT NULL,
  	"member_since" numeric,
  	"country" "enum_organisations_country",
  	"website" varchar,
  	"logo_id" integer,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "organisations_locales" (
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  DROP INDEX "institutes_organisation_idx";
  ALTER TABLE "institutes" ADD COLUMN "organisation_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "organisations_id" integer;
  ALTER TABLE "organisations" ADD CONSTRAINT "organisations_logo_id_photos_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."photos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisations" ADD CONSTRAINT "organisations_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisations" ADD CONSTRAINT "organisations_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisations_locales" ADD CONSTRAINT "organisations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "organisations_slug_idx" ON "organisations" USING btree ("slug");
  CREATE INDEX "organisations_membership_idx" ON "organisations" USING btree ("membership");
  CREATE INDEX "organisations_logo_idx" ON "organisations" USING btree ("logo_id");
  CREATE INDEX "organisations_created_by_idx" ON "organisations" USING btree ("created_by_id");
  CREATE INDEX "organisations_updated_by_idx" ON "organisations" USING btree ("updated_by_id");
  CREATE INDEX "organisations_updated_at_idx" ON "organisations" USING btree ("updated_at");
  CREATE INDEX "organisations_created_at_idx" ON "organisations" USING btree ("created_at");
  CREATE UNIQUE INDEX "organisations_locales_locale_parent_id_unique" ON "organisations_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "institutes" ADD CONSTRAINT "institutes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_organisations_id_idx" ON "payload_locked_documents_rels" USING btree ("organisations_id");
  CREATE INDEX "institutes_organisation_idx" ON "institutes" USING btree ("organisation_id");`)
  for (const member of MEMBERS_2026) {
    await db.execute(
      sql`INSERT INTO "organisations" ("name", "slug", "membership", "country") VALUES (${member.name}, ${member.slug}, 'full', ${member.country});`,
    )
  }
  await db.execute(sql`
  UPDATE "institutes" SET "organisation_id" = "organisations"."id" FROM "organisations"
    WHERE "organisations"."slug" = "institutes"."organisation"::text;
  ALTER TABLE "institutes" DROP COLUMN "organisation";
  DROP TYPE "public"."enum_institutes_organisation";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_institutes_organisation" AS ENUM('goethe-institut', 'ifa', 'institut-francais', 'alliance-francaise', 'british-council', 'instituto-cervantes', 'aecid', 'italian-mfa', 'dante-alighieri', 'camoes', 'austrian-mfa', 'wallonie-bruxelles', 'flanders', 'bulgarian-mfa', 'croatian-mfa', 'cyprus-culture', 'czech-centres', 'danish-cultural-institute', 'estonian-institute', 'finnish-institutes', 'hellenic-foundation', 'liszt-institute', 'culture-ireland', 'latvian-institute', 'lithuanian-institute', 'luxembourg-mfa', 'arts-council-malta', 'dutch-culture', 'polish-institute', 'romanian-cultural-institute', 'slovak-mfa', 'slovenian-mfa', 'swedish-institute', 'other');
  ALTER TABLE "institutes" ADD COLUMN "organisation" "enum_institutes_organisation";
  UPDATE "institutes" SET "organisation" = CASE WHEN "organisations"."slug" IN (SELECT unnest(enum_range(NULL::"enum_institutes_organisation"))::text)
    THEN "organisations"."slug"::"enum_institutes_organisation" ELSE 'other' END
    FROM "organisations" WHERE "organisations"."id" = "institutes"."organisation_id";
  UPDATE "institutes" SET "organisation" = 'other' WHERE "organisation" IS NULL;
  ALTER TABLE "institutes" ALTER COLUMN "organisation" SET NOT NULL;
  ALTER TABLE "organisations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "organisations_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "institutes" DROP CONSTRAINT "institutes_organisation_id_organisations_id_fk";
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_organisations_fk";
  DROP TABLE "organisations" CASCADE;
  DROP TABLE "organisations_locales" CASCADE;
  DROP INDEX "payload_locked_documents_rels_organisations_id_idx";
  DROP INDEX "institutes_organisation_idx";
  CREATE INDEX "institutes_organisation_idx" ON "institutes" USING btree ("organisation");
  ALTER TABLE "institutes" DROP COLUMN "organisation_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "organisations_id";
  DROP TYPE "public"."enum_organisations_membership";
  DROP TYPE "public"."enum_organisations_country";`)
}
