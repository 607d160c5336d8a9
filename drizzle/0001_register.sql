CREATE TYPE "public"."api_key_role" AS ENUM('ADMIN', 'MANAGER', 'VIEWER');--> statement-breakpoint
CREATE TYPE "public"."chronicle_kind" AS ENUM('CONTACT', 'EVENT', 'EMAIL', 'VISIT', 'MEETING', 'CALL', 'LETTER', 'TASK', 'SPECIAL_EVENT', 'NOTE');--> statement-breakpoint
CREATE TYPE "public"."chronicle_status" AS ENUM('PLANNED', 'DONE', 'CANCELLED');--> statement-breakpoint
CREATE TYPE "public"."contact_channel" AS ENUM('PHONE', 'EMAIL', 'MEETING', 'VISIT', 'LETTER', 'MESSENGER', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."contact_direction" AS ENUM('INCOMING', 'OUTGOING');--> statement-breakpoint
CREATE TYPE "public"."company_size" AS ENUM('MICRO', 'SMALL', 'MEDIUM', 'LARGE');--> statement-breakpoint
CREATE TYPE "public"."counterparty_kind" AS ENUM('ORGANIZATION', 'INDIVIDUAL');--> statement-breakpoint
CREATE TYPE "public"."counterparty_role" AS ENUM('CLIENT', 'PROSPECT', 'PARTNER', 'COMPETITOR', 'SUPPLIER', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."importance" AS ENUM('KEY', 'NORMAL', 'LOW');--> statement-breakpoint
CREATE TYPE "public"."parameter_type" AS ENUM('STRING', 'NUMBER', 'DATE', 'BOOLEAN');--> statement-breakpoint
CREATE TYPE "public"."obligation_debtor" AS ENUM('OURS', 'THEIRS');--> statement-breakpoint
CREATE TYPE "public"."obligation_kind" AS ENUM('DELIVERY', 'PAYMENT', 'SERVICE', 'DOCUMENT', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."obligation_status" AS ENUM('OPEN', 'PARTIALLY_FULFILLED', 'FULFILLED', 'CANCELLED');--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "api_keys_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"role" "api_key_role" NOT NULL,
	"prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"employee_id" bigint,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "departments" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "departments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"parent_id" bigint,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employees" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "employees_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"full_name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"position" text,
	"department_id" bigint,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "information_sources" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "information_sources_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"description" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "chronicle_entries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "chronicle_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"external_id" text,
	"counterparty_id" bigint NOT NULL,
	"person_id" bigint,
	"responsible_employee_id" bigint,
	"information_source_id" bigint,
	"kind" "chronicle_kind" NOT NULL,
	"status" "chronicle_status" NOT NULL,
	"channel" "contact_channel",
	"direction" "contact_direction",
	"importance" "importance" DEFAULT 'NORMAL' NOT NULL,
	"planned_at" timestamp (3) with time zone,
	"happened_at" timestamp (3) with time zone,
	"remind_at" timestamp (3) with time zone,
	"duration_minutes" integer,
	"subject" text NOT NULL,
	"result" text,
	"occurred_at" timestamp (3) with time zone GENERATED ALWAYS AS (coalesce(happened_at, planned_at, created_at)) STORED NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "counterparties" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "counterparties_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"external_id" text,
	"kind" "counterparty_kind" NOT NULL,
	"roles" "counterparty_role"[] DEFAULT '{}' NOT NULL,
	"name" text NOT NULL,
	"legal_name" text,
	"tax_number" text,
	"registration_number" text,
	"addresses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"phones" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"emails" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"websites" text[] DEFAULT '{}' NOT NULL,
	"bank_accounts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text,
	"industry" text,
	"region" text,
	"segment" text,
	"size" "company_size",
	"importance" "importance" DEFAULT 'NORMAL' NOT NULL,
	"responsible_employee_id" bigint,
	"information_source_id" bigint,
	"group_id" bigint,
	"parent_id" bigint,
	"archived_at" timestamp (3) with time zone,
	"search_text" text GENERATED ALWAYS AS (lower(coalesce(name, '') || ' ' || coalesce(legal_name, '') || ' ' || coalesce(tax_number, '') || ' ' || coalesce(registration_number, '') || ' ' || jsonb_path_query_array(emails, '$[*].address')::text || ' ' || regexp_replace(jsonb_path_query_array(phones, '$[*].number')::text, '[^0-9,]', '', 'g'))) STORED NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "counterparty_competitors" (
	"counterparty_id" bigint NOT NULL,
	"competitor_id" bigint NOT NULL,
	"purchase_share" numeric(5, 2),
	"notes" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "counterparty_competitors_counterparty_id_competitor_id_pk" PRIMARY KEY("counterparty_id","competitor_id")
);
--> statement-breakpoint
CREATE TABLE "counterparty_groups" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "counterparty_groups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"parent_id" bigint,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "counterparty_objects" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "counterparty_objects_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"counterparty_id" bigint NOT NULL,
	"name" text NOT NULL,
	"address" text,
	"notes" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "parameter_definitions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "parameter_definitions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"type" "parameter_type" NOT NULL,
	"description" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "counterparty_parameter_values" (
	"counterparty_id" bigint NOT NULL,
	"parameter_id" bigint NOT NULL,
	"string_value" text,
	"number_value" numeric,
	"date_value" date,
	"boolean_value" boolean,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "counterparty_parameter_values_counterparty_id_parameter_id_pk" PRIMARY KEY("counterparty_id","parameter_id")
);
--> statement-breakpoint
CREATE TABLE "obligations" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "obligations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"external_id" text,
	"counterparty_id" bigint NOT NULL,
	"kind" "obligation_kind" NOT NULL,
	"debtor" "obligation_debtor" NOT NULL,
	"description" text NOT NULL,
	"amount" numeric(18, 2),
	"currency" text,
	"fulfilled_amount" numeric(18, 2) DEFAULT '0' NOT NULL,
	"due_date" date,
	"status" "obligation_status" DEFAULT 'OPEN' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_positions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "person_positions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"person_id" bigint NOT NULL,
	"counterparty_id" bigint NOT NULL,
	"title" text,
	"role" text,
	"is_primary" boolean DEFAULT false NOT NULL,
	"start_date" date,
	"end_date" date
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "persons_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"external_id" text,
	"last_name" text NOT NULL,
	"first_name" text,
	"middle_name" text,
	"phones" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"emails" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"birthday" date,
	"important_dates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text,
	"archived_at" timestamp (3) with time zone,
	"search_text" text GENERATED ALWAYS AS (lower(coalesce(last_name, '') || ' ' || coalesce(first_name, '') || ' ' || coalesce(middle_name, '') || ' ' || jsonb_path_query_array(emails, '$[*].address')::text || ' ' || regexp_replace(jsonb_path_query_array(phones, '$[*].number')::text, '[^0-9,]', '', 'g'))) STORED NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_parent_id_departments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chronicle_entries" ADD CONSTRAINT "chronicle_entries_counterparty_id_counterparties_id_fk" FOREIGN KEY ("counterparty_id") REFERENCES "public"."counterparties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chronicle_entries" ADD CONSTRAINT "chronicle_entries_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chronicle_entries" ADD CONSTRAINT "chronicle_entries_responsible_employee_id_employees_id_fk" FOREIGN KEY ("responsible_employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chronicle_entries" ADD CONSTRAINT "chronicle_entries_information_source_id_information_sources_id_fk" FOREIGN KEY ("information_source_id") REFERENCES "public"."information_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counterparties" ADD CONSTRAINT "counterparties_responsible_employee_id_employees_id_fk" FOREIGN KEY ("responsible_employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counterparties" ADD CONSTRAINT "counterparties_information_source_id_information_sources_id_fk" FOREIGN KEY ("information_source_id") REFERENCES "public"."information_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counterparties" ADD CONSTRAINT "counterparties_group_id_counterparty_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."counterparty_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counterparties" ADD CONSTRAINT "counterparties_parent_id_counterparties_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."counterparties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counterparty_competitors" ADD CONSTRAINT "counterparty_competitors_counterparty_id_counterparties_id_fk" FOREIGN KEY ("counterparty_id") REFERENCES "public"."counterparties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counterparty_competitors" ADD CONSTRAINT "counterparty_competitors_competitor_id_counterparties_id_fk" FOREIGN KEY ("competitor_id") REFERENCES "public"."counterparties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counterparty_groups" ADD CONSTRAINT "counterparty_groups_parent_id_counterparty_groups_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."counterparty_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counterparty_objects" ADD CONSTRAINT "counterparty_objects_counterparty_id_counterparties_id_fk" FOREIGN KEY ("counterparty_id") REFERENCES "public"."counterparties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counterparty_parameter_values" ADD CONSTRAINT "counterparty_parameter_values_counterparty_id_counterparties_id_fk" FOREIGN KEY ("counterparty_id") REFERENCES "public"."counterparties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counterparty_parameter_values" ADD CONSTRAINT "counterparty_parameter_values_parameter_id_parameter_definitions_id_fk" FOREIGN KEY ("parameter_id") REFERENCES "public"."parameter_definitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obligations" ADD CONSTRAINT "obligations_counterparty_id_counterparties_id_fk" FOREIGN KEY ("counterparty_id") REFERENCES "public"."counterparties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_positions" ADD CONSTRAINT "person_positions_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_positions" ADD CONSTRAINT "person_positions_counterparty_id_counterparties_id_fk" FOREIGN KEY ("counterparty_id") REFERENCES "public"."counterparties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_key_hash_key" ON "api_keys" USING btree ("key_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "departments_name_key" ON "departments" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "employees_email_key" ON "employees" USING btree ("email");--> statement-breakpoint
CREATE INDEX "employees_department_id_idx" ON "employees" USING btree ("department_id");--> statement-breakpoint
CREATE UNIQUE INDEX "information_sources_name_key" ON "information_sources" USING btree ("name");--> statement-breakpoint
CREATE INDEX "chronicle_entries_counterparty_occurred_idx" ON "chronicle_entries" USING btree ("counterparty_id","occurred_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "chronicle_entries_person_id_idx" ON "chronicle_entries" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "chronicle_entries_responsible_occurred_idx" ON "chronicle_entries" USING btree ("responsible_employee_id","occurred_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "chronicle_entries_occurred_idx" ON "chronicle_entries" USING btree ("occurred_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "chronicle_entries_external_id_key" ON "chronicle_entries" USING btree ("external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "counterparties_external_id_key" ON "counterparties" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "counterparties_name_id_idx" ON "counterparties" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "counterparties_updated_at_id_idx" ON "counterparties" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "counterparties_created_at_id_idx" ON "counterparties" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "counterparties_group_id_idx" ON "counterparties" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "counterparties_responsible_employee_id_idx" ON "counterparties" USING btree ("responsible_employee_id");--> statement-breakpoint
CREATE INDEX "counterparties_parent_id_idx" ON "counterparties" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "counterparties_search_text_trgm_idx" ON "counterparties" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "counterparty_competitors_competitor_id_idx" ON "counterparty_competitors" USING btree ("competitor_id");--> statement-breakpoint
CREATE INDEX "counterparty_groups_parent_id_idx" ON "counterparty_groups" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "counterparty_groups_parent_name_key" ON "counterparty_groups" USING btree (coalesce("parent_id", 0),lower("name"));--> statement-breakpoint
CREATE INDEX "counterparty_objects_counterparty_id_idx" ON "counterparty_objects" USING btree ("counterparty_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "parameter_definitions_code_key" ON "parameter_definitions" USING btree ("code");--> statement-breakpoint
CREATE INDEX "counterparty_parameter_values_parameter_id_idx" ON "counterparty_parameter_values" USING btree ("parameter_id");--> statement-breakpoint
CREATE INDEX "obligations_counterparty_status_due_idx" ON "obligations" USING btree ("counterparty_id","status","due_date","id");--> statement-breakpoint
CREATE UNIQUE INDEX "obligations_external_id_key" ON "obligations" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "person_positions_counterparty_id_idx" ON "person_positions" USING btree ("counterparty_id","person_id");--> statement-breakpoint
CREATE INDEX "person_positions_person_id_idx" ON "person_positions" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "persons_external_id_key" ON "persons" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "persons_name_id_idx" ON "persons" USING btree ("last_name","first_name","id");--> statement-breakpoint
CREATE INDEX "persons_search_text_trgm_idx" ON "persons" USING gin ("search_text" gin_trgm_ops);