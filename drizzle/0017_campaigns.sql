CREATE TYPE "public"."campaign_kind" AS ENUM('PRESENTATION', 'EXHIBITION', 'SEMINAR', 'CONFERENCE', 'MAILING', 'CALL_CAMPAIGN', 'ADVERTISING', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."campaign_status" AS ENUM('PLANNED', 'RUNNING', 'FINISHED', 'CANCELLED');--> statement-breakpoint
CREATE TYPE "public"."invitation_status" AS ENUM('INVITED', 'CONFIRMED', 'ATTENDED', 'DECLINED');--> statement-breakpoint
CREATE TABLE "campaign_expenses" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "campaign_expenses_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"campaign_id" bigint NOT NULL,
	"date" date NOT NULL,
	"item" text NOT NULL,
	"amount" numeric(18, 2) NOT NULL,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "campaign_expenses_amount_positive" CHECK ("campaign_expenses"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "campaign_groups" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "campaign_groups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"parent_id" bigint,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_materials" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "campaign_materials_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"campaign_id" bigint NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"url" text,
	"quantity" integer,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "campaign_materials_quantity_positive" CHECK ("campaign_materials"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "campaign_participants" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "campaign_participants_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"campaign_id" bigint NOT NULL,
	"counterparty_id" bigint,
	"person_id" bigint,
	"status" "invitation_status" DEFAULT 'INVITED' NOT NULL,
	"invited_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp (3) with time zone,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "campaign_participants_one_owner" CHECK (num_nonnulls("campaign_participants"."counterparty_id", "campaign_participants"."person_id") = 1),
	CONSTRAINT "campaign_participants_responded_when_answered" CHECK (("campaign_participants"."responded_at" is null) = ("campaign_participants"."status" = 'INVITED')),
	CONSTRAINT "campaign_participants_responded_after_invited" CHECK ("campaign_participants"."responded_at" >= "campaign_participants"."invited_at")
);
--> statement-breakpoint
CREATE TABLE "campaign_revenues" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "campaign_revenues_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"campaign_id" bigint NOT NULL,
	"date" date NOT NULL,
	"amount" numeric(18, 2) NOT NULL,
	"order_id" bigint,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "campaign_revenues_amount_positive" CHECK ("campaign_revenues"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "campaigns_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"external_id" text,
	"name" text NOT NULL,
	"kind" "campaign_kind" NOT NULL,
	"group_id" bigint,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"place" text,
	"description" text,
	"budget" numeric(18, 2),
	"currency" text NOT NULL,
	"status" "campaign_status" DEFAULT 'PLANNED' NOT NULL,
	"responsible_employee_id" bigint,
	"information_source_id" bigint NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "campaigns_dates_in_order" CHECK ("campaigns"."ends_on" >= "campaigns"."starts_on"),
	CONSTRAINT "campaigns_budget_not_negative" CHECK ("campaigns"."budget" >= 0)
);
--> statement-breakpoint
ALTER TABLE "campaign_expenses" ADD CONSTRAINT "campaign_expenses_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_groups" ADD CONSTRAINT "campaign_groups_parent_id_campaign_groups_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaign_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_materials" ADD CONSTRAINT "campaign_materials_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_participants" ADD CONSTRAINT "campaign_participants_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_participants" ADD CONSTRAINT "campaign_participants_counterparty_id_counterparties_id_fk" FOREIGN KEY ("counterparty_id") REFERENCES "public"."counterparties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_participants" ADD CONSTRAINT "campaign_participants_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_revenues" ADD CONSTRAINT "campaign_revenues_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_revenues" ADD CONSTRAINT "campaign_revenues_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_group_id_campaign_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."campaign_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_responsible_employee_id_employees_id_fk" FOREIGN KEY ("responsible_employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_information_source_id_information_sources_id_fk" FOREIGN KEY ("information_source_id") REFERENCES "public"."information_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaign_expenses_campaign_date_id_idx" ON "campaign_expenses" USING btree ("campaign_id","date","id");--> statement-breakpoint
CREATE INDEX "campaign_groups_parent_id_idx" ON "campaign_groups" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_groups_parent_name_key" ON "campaign_groups" USING btree (coalesce("parent_id", 0),lower("name"));--> statement-breakpoint
CREATE INDEX "campaign_materials_campaign_id_idx" ON "campaign_materials" USING btree ("campaign_id","id");--> statement-breakpoint
CREATE INDEX "campaign_participants_campaign_id_idx" ON "campaign_participants" USING btree ("campaign_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_participants_counterparty_key" ON "campaign_participants" USING btree ("campaign_id","counterparty_id") WHERE "campaign_participants"."counterparty_id" is not null;--> statement-breakpoint
CREATE INDEX "campaign_participants_counterparty_id_idx" ON "campaign_participants" USING btree ("counterparty_id","campaign_id") WHERE "campaign_participants"."counterparty_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_participants_person_key" ON "campaign_participants" USING btree ("campaign_id","person_id") WHERE "campaign_participants"."person_id" is not null;--> statement-breakpoint
CREATE INDEX "campaign_participants_person_id_idx" ON "campaign_participants" USING btree ("person_id","campaign_id") WHERE "campaign_participants"."person_id" is not null;--> statement-breakpoint
CREATE INDEX "campaign_revenues_campaign_date_id_idx" ON "campaign_revenues" USING btree ("campaign_id","date","id");--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_revenues_order_key" ON "campaign_revenues" USING btree ("campaign_id","order_id") WHERE "campaign_revenues"."order_id" is not null;--> statement-breakpoint
CREATE INDEX "campaign_revenues_order_id_idx" ON "campaign_revenues" USING btree ("order_id") WHERE "campaign_revenues"."order_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "campaigns_external_id_key" ON "campaigns" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "campaigns_starts_on_id_idx" ON "campaigns" USING btree ("starts_on","id");--> statement-breakpoint
CREATE INDEX "campaigns_group_id_idx" ON "campaigns" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "campaigns_responsible_employee_id_idx" ON "campaigns" USING btree ("responsible_employee_id");--> statement-breakpoint
CREATE INDEX "campaigns_information_source_id_idx" ON "campaigns" USING btree ("information_source_id");