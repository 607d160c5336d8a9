CREATE TYPE "public"."task_status" AS ENUM('OPEN', 'DONE', 'CANCELLED');--> statement-breakpoint
CREATE TABLE "task_assignees" (
	"task_id" bigint NOT NULL,
	"employee_id" bigint NOT NULL,
	CONSTRAINT "task_assignees_pkey" PRIMARY KEY("task_id","employee_id")
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "tasks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"external_id" text,
	"title" text NOT NULL,
	"description" text,
	"importance" "importance" DEFAULT 'NORMAL' NOT NULL,
	"due_at" timestamp (3) with time zone NOT NULL,
	"remind_at" timestamp (3) with time zone,
	"status" "task_status" DEFAULT 'OPEN' NOT NULL,
	"closed_at" timestamp (3) with time zone,
	"result" text,
	"counterparty_id" bigint,
	"claim_id" bigint,
	"appeal_id" bigint,
	"deal_id" bigint,
	"contact_card_id" bigint,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "tasks_closed_when_closed" CHECK (("tasks"."closed_at" is null) = ("tasks"."status" = 'OPEN')),
	CONSTRAINT "tasks_reminder_only_when_open" CHECK ("tasks"."remind_at" is null or "tasks"."status" = 'OPEN')
);
--> statement-breakpoint
ALTER TABLE "task_assignees" ADD CONSTRAINT "task_assignees_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_assignees" ADD CONSTRAINT "task_assignees_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_counterparty_id_counterparties_id_fk" FOREIGN KEY ("counterparty_id") REFERENCES "public"."counterparties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_appeal_id_appeals_id_fk" FOREIGN KEY ("appeal_id") REFERENCES "public"."appeals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_deal_id_deals_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."deals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_contact_card_id_contact_cards_id_fk" FOREIGN KEY ("contact_card_id") REFERENCES "public"."contact_cards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "task_assignees_employee_id_idx" ON "task_assignees" USING btree ("employee_id","task_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_external_id_key" ON "tasks" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "tasks_due_idx" ON "tasks" USING btree ("due_at","id");--> statement-breakpoint
CREATE INDEX "tasks_counterparty_due_idx" ON "tasks" USING btree ("counterparty_id","due_at","id") WHERE "tasks"."counterparty_id" is not null;--> statement-breakpoint
CREATE INDEX "tasks_claim_due_idx" ON "tasks" USING btree ("claim_id","due_at","id") WHERE "tasks"."claim_id" is not null;--> statement-breakpoint
CREATE INDEX "tasks_appeal_id_idx" ON "tasks" USING btree ("appeal_id") WHERE "tasks"."appeal_id" is not null;--> statement-breakpoint
CREATE INDEX "tasks_deal_id_idx" ON "tasks" USING btree ("deal_id") WHERE "tasks"."deal_id" is not null;--> statement-breakpoint
CREATE INDEX "tasks_contact_card_id_idx" ON "tasks" USING btree ("contact_card_id") WHERE "tasks"."contact_card_id" is not null;--> statement-breakpoint
CREATE INDEX "tasks_remind_at_idx" ON "tasks" USING btree ("remind_at") WHERE "tasks"."remind_at" is not null;