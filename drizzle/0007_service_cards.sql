CREATE TYPE "public"."service_card_status" AS ENUM('ACTIVE', 'SUSPENDED', 'CLOSED');--> statement-breakpoint
CREATE TYPE "public"."service_periodicity" AS ENUM('DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY', 'EVERY_N_DAYS', 'EVERY_N_WEEKS', 'EVERY_N_MONTHS');--> statement-breakpoint
CREATE TYPE "public"."service_visit_origin" AS ENUM('GENERATED', 'MANUAL');--> statement-breakpoint
CREATE TYPE "public"."service_visit_status" AS ENUM('PLANNED', 'DONE', 'MISSED', 'CANCELLED');--> statement-breakpoint
CREATE TABLE "service_card_groups" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "service_card_groups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"parent_id" bigint,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_cards" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "service_cards_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"external_id" text,
	"number" text NOT NULL,
	"counterparty_id" bigint NOT NULL,
	"object_id" bigint,
	"contract_id" bigint,
	"group_id" bigint,
	"engineer_id" bigint,
	"period_start" date,
	"period_end" date,
	"periodicity" "service_periodicity" DEFAULT 'MONTHLY' NOT NULL,
	"interval" integer,
	"working_weekdays" smallint[] DEFAULT '{1,2,3,4,5}' NOT NULL,
	"holidays" date[] DEFAULT '{}' NOT NULL,
	"planned_contacts" integer,
	"status" "service_card_status" DEFAULT 'ACTIVE' NOT NULL,
	"notes" text,
	"archived_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "service_cards_period_in_order" CHECK ("service_cards"."period_end" >= "service_cards"."period_start"),
	CONSTRAINT "service_cards_interval_range" CHECK ("service_cards"."interval" between 1 and 366),
	CONSTRAINT "service_cards_planned_contacts_positive" CHECK ("service_cards"."planned_contacts" >= 1)
);
--> statement-breakpoint
CREATE TABLE "service_visits" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "service_visits_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"card_id" bigint NOT NULL,
	"planned_date" date NOT NULL,
	"engineer_id" bigint,
	"status" "service_visit_status" DEFAULT 'PLANNED' NOT NULL,
	"origin" "service_visit_origin" NOT NULL,
	"done_at" timestamp (3) with time zone,
	"duration_minutes" integer,
	"result" text,
	"chronicle_entry_id" bigint,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "service_visits_duration_range" CHECK ("service_visits"."duration_minutes" between 0 and 100000)
);
--> statement-breakpoint
ALTER TABLE "service_card_groups" ADD CONSTRAINT "service_card_groups_parent_id_service_card_groups_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."service_card_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_cards" ADD CONSTRAINT "service_cards_counterparty_id_counterparties_id_fk" FOREIGN KEY ("counterparty_id") REFERENCES "public"."counterparties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_cards" ADD CONSTRAINT "service_cards_object_id_counterparty_objects_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."counterparty_objects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_cards" ADD CONSTRAINT "service_cards_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_cards" ADD CONSTRAINT "service_cards_group_id_service_card_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."service_card_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_cards" ADD CONSTRAINT "service_cards_engineer_id_employees_id_fk" FOREIGN KEY ("engineer_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_visits" ADD CONSTRAINT "service_visits_card_id_service_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."service_cards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_visits" ADD CONSTRAINT "service_visits_engineer_id_employees_id_fk" FOREIGN KEY ("engineer_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_visits" ADD CONSTRAINT "service_visits_chronicle_entry_id_chronicle_entries_id_fk" FOREIGN KEY ("chronicle_entry_id") REFERENCES "public"."chronicle_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_card_groups_parent_id_idx" ON "service_card_groups" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_card_groups_parent_name_key" ON "service_card_groups" USING btree (coalesce("parent_id", 0),lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "service_cards_external_id_key" ON "service_cards" USING btree ("external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_cards_number_key" ON "service_cards" USING btree ("number");--> statement-breakpoint
CREATE INDEX "service_cards_counterparty_id_idx" ON "service_cards" USING btree ("counterparty_id","id");--> statement-breakpoint
CREATE INDEX "service_cards_contract_id_idx" ON "service_cards" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "service_cards_object_id_idx" ON "service_cards" USING btree ("object_id");--> statement-breakpoint
CREATE INDEX "service_cards_group_id_idx" ON "service_cards" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "service_cards_engineer_id_idx" ON "service_cards" USING btree ("engineer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_visits_card_date_key" ON "service_visits" USING btree ("card_id","planned_date") WHERE "service_visits"."status" <> 'CANCELLED';--> statement-breakpoint
CREATE INDEX "service_visits_card_planned_idx" ON "service_visits" USING btree ("card_id","planned_date","id");--> statement-breakpoint
CREATE INDEX "service_visits_engineer_planned_idx" ON "service_visits" USING btree ("engineer_id","planned_date");--> statement-breakpoint
CREATE INDEX "service_visits_chronicle_entry_id_idx" ON "service_visits" USING btree ("chronicle_entry_id");