CREATE TYPE "public"."appeal_action_kind" AS ENUM('REGISTERED', 'WORK', 'ASSIGNED', 'STATUS_CHANGED');--> statement-breakpoint
CREATE TYPE "public"."appeal_status" AS ENUM('NEW', 'IN_PROGRESS', 'WAITING_FOR_CLIENT', 'RESOLVED', 'CLOSED', 'REJECTED');--> statement-breakpoint
CREATE SEQUENCE "public"."appeal_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "appeal_actions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "appeal_actions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"appeal_id" bigint NOT NULL,
	"kind" "appeal_action_kind" NOT NULL,
	"employee_id" bigint,
	"happened_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"minutes" integer,
	"description" text,
	"from_status" "appeal_status",
	"to_status" "appeal_status",
	"assigned_employee_id" bigint,
	"assigned_department_id" bigint,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appeal_actions_minutes_range" CHECK ("appeal_actions"."minutes" between 1 and 1440)
);
--> statement-breakpoint
CREATE TABLE "appeal_types" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "appeal_types_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"parent_id" bigint,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appeals" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "appeals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"external_id" text,
	"number" text DEFAULT 'A-' || lpad(nextval('appeal_numbers')::text, 6, '0') NOT NULL,
	"counterparty_id" bigint,
	"caller_name" text,
	"caller_phone" text,
	"channel" "contact_channel" NOT NULL,
	"subject" text NOT NULL,
	"text" text,
	"importance" "importance" DEFAULT 'NORMAL' NOT NULL,
	"type_id" bigint,
	"department_id" bigint,
	"responsible_employee_id" bigint,
	"due_at" timestamp (3) with time zone,
	"status" "appeal_status" DEFAULT 'NEW' NOT NULL,
	"resolution" text,
	"article_id" bigint,
	"resolved_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge_articles" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "knowledge_articles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"question" text NOT NULL,
	"answer" text NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"product_id" bigint,
	"appeal_type_id" bigint,
	"search_text" text GENERATED ALWAYS AS (lower(question || ' ' || answer)) STORED NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "time_entries" ADD COLUMN "appeal_action_id" bigint;--> statement-breakpoint
ALTER TABLE "appeal_actions" ADD CONSTRAINT "appeal_actions_appeal_id_appeals_id_fk" FOREIGN KEY ("appeal_id") REFERENCES "public"."appeals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_actions" ADD CONSTRAINT "appeal_actions_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_actions" ADD CONSTRAINT "appeal_actions_assigned_employee_id_employees_id_fk" FOREIGN KEY ("assigned_employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_actions" ADD CONSTRAINT "appeal_actions_assigned_department_id_departments_id_fk" FOREIGN KEY ("assigned_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_types" ADD CONSTRAINT "appeal_types_parent_id_appeal_types_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."appeal_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_counterparty_id_counterparties_id_fk" FOREIGN KEY ("counterparty_id") REFERENCES "public"."counterparties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_type_id_appeal_types_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."appeal_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_responsible_employee_id_employees_id_fk" FOREIGN KEY ("responsible_employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_article_id_knowledge_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."knowledge_articles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_articles" ADD CONSTRAINT "knowledge_articles_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_articles" ADD CONSTRAINT "knowledge_articles_appeal_type_id_appeal_types_id_fk" FOREIGN KEY ("appeal_type_id") REFERENCES "public"."appeal_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appeal_actions_appeal_happened_idx" ON "appeal_actions" USING btree ("appeal_id","happened_at","id");--> statement-breakpoint
CREATE INDEX "appeal_types_parent_id_idx" ON "appeal_types" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "appeal_types_parent_name_key" ON "appeal_types" USING btree (coalesce("parent_id", 0),lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "appeals_external_id_key" ON "appeals" USING btree ("external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "appeals_number_key" ON "appeals" USING btree ("number");--> statement-breakpoint
CREATE INDEX "appeals_counterparty_id_idx" ON "appeals" USING btree ("counterparty_id","id");--> statement-breakpoint
CREATE INDEX "appeals_responsible_employee_id_idx" ON "appeals" USING btree ("responsible_employee_id","id");--> statement-breakpoint
CREATE INDEX "appeals_department_id_idx" ON "appeals" USING btree ("department_id","id");--> statement-breakpoint
CREATE INDEX "appeals_type_id_idx" ON "appeals" USING btree ("type_id");--> statement-breakpoint
CREATE INDEX "appeals_open_due_idx" ON "appeals" USING btree ("due_at","id") WHERE "appeals"."status" in ('NEW', 'IN_PROGRESS', 'WAITING_FOR_CLIENT');--> statement-breakpoint
CREATE INDEX "knowledge_articles_search_words_idx" ON "knowledge_articles" USING gin (to_tsvector('simple', "search_text"));--> statement-breakpoint
CREATE INDEX "knowledge_articles_search_text_trgm_idx" ON "knowledge_articles" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "knowledge_articles_tags_idx" ON "knowledge_articles" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "knowledge_articles_product_id_idx" ON "knowledge_articles" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "knowledge_articles_appeal_type_id_idx" ON "knowledge_articles" USING btree ("appeal_type_id");--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_appeal_action_id_appeal_actions_id_fk" FOREIGN KEY ("appeal_action_id") REFERENCES "public"."appeal_actions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "time_entries_appeal_action_key" ON "time_entries" USING btree ("appeal_action_id");