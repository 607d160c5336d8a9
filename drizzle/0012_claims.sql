CREATE TYPE "public"."claim_status" AS ENUM('REGISTERED', 'INVESTIGATING', 'SATISFIED', 'PARTLY_SATISFIED', 'REJECTED', 'WITHDRAWN');--> statement-breakpoint
CREATE SEQUENCE "public"."claim_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "claim_causes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "claim_causes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"parent_id" bigint,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claim_tasks" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "claim_tasks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"claim_id" bigint NOT NULL,
	"what" text NOT NULL,
	"assignee_id" bigint,
	"due_date" date,
	"done_at" timestamp (3) with time zone,
	"result" text,
	"cancelled_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "claim_tasks_done_or_cancelled" CHECK ("claim_tasks"."done_at" is null or "claim_tasks"."cancelled_at" is null)
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "claims_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"external_id" text,
	"number" text DEFAULT 'C-' || lpad(nextval('claim_numbers')::text, 6, '0') NOT NULL,
	"counterparty_id" bigint NOT NULL,
	"person_id" bigint,
	"essence" text NOT NULL,
	"demand" text,
	"amount_claimed" numeric(18, 2),
	"currency" text,
	"department_at_fault_id" bigint,
	"employee_at_fault_id" bigint,
	"cause_id" bigint,
	"order_id" bigint,
	"contract_id" bigint,
	"product_id" bigint,
	"responsible_employee_id" bigint,
	"registered_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"due_at" timestamp (3) with time zone,
	"status" "claim_status" DEFAULT 'REGISTERED' NOT NULL,
	"result" text,
	"amount_granted" numeric(18, 2),
	"closed_at" timestamp (3) with time zone,
	"registered_via" "registered_via" DEFAULT 'STAFF' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "claims_closed_when_closed" CHECK (("claims"."closed_at" is null) = ("claims"."status" in ('REGISTERED', 'INVESTIGATING'))),
	CONSTRAINT "claims_closed_after_registered" CHECK ("claims"."closed_at" >= "claims"."registered_at"),
	CONSTRAINT "claims_amounts_not_negative" CHECK ("claims"."amount_claimed" >= 0 and "claims"."amount_granted" >= 0),
	CONSTRAINT "claims_currency_with_amount" CHECK ("claims"."currency" is not null or ("claims"."amount_claimed" is null and "claims"."amount_granted" is null))
);
--> statement-breakpoint
ALTER TABLE "chronicle_entries" ADD COLUMN "claim_id" bigint;--> statement-breakpoint
ALTER TABLE "claim_causes" ADD CONSTRAINT "claim_causes_parent_id_claim_causes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."claim_causes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_tasks" ADD CONSTRAINT "claim_tasks_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_tasks" ADD CONSTRAINT "claim_tasks_assignee_id_employees_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_counterparty_id_counterparties_id_fk" FOREIGN KEY ("counterparty_id") REFERENCES "public"."counterparties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_department_at_fault_id_departments_id_fk" FOREIGN KEY ("department_at_fault_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_employee_at_fault_id_employees_id_fk" FOREIGN KEY ("employee_at_fault_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_cause_id_claim_causes_id_fk" FOREIGN KEY ("cause_id") REFERENCES "public"."claim_causes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_responsible_employee_id_employees_id_fk" FOREIGN KEY ("responsible_employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "claim_causes_parent_id_idx" ON "claim_causes" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "claim_causes_parent_name_key" ON "claim_causes" USING btree (coalesce("parent_id", 0),lower("name"));--> statement-breakpoint
CREATE INDEX "claim_tasks_claim_id_idx" ON "claim_tasks" USING btree ("claim_id","id");--> statement-breakpoint
CREATE INDEX "claim_tasks_assignee_id_idx" ON "claim_tasks" USING btree ("assignee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "claims_external_id_key" ON "claims" USING btree ("external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "claims_number_key" ON "claims" USING btree ("number");--> statement-breakpoint
CREATE INDEX "claims_counterparty_id_idx" ON "claims" USING btree ("counterparty_id","id");--> statement-breakpoint
CREATE INDEX "claims_department_at_fault_id_idx" ON "claims" USING btree ("department_at_fault_id","id");--> statement-breakpoint
CREATE INDEX "claims_employee_at_fault_id_idx" ON "claims" USING btree ("employee_at_fault_id","id");--> statement-breakpoint
CREATE INDEX "claims_responsible_employee_id_idx" ON "claims" USING btree ("responsible_employee_id","id");--> statement-breakpoint
CREATE INDEX "claims_cause_id_idx" ON "claims" USING btree ("cause_id","id");--> statement-breakpoint
CREATE INDEX "claims_status_idx" ON "claims" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "claims_registered_at_idx" ON "claims" USING btree ("registered_at","id");--> statement-breakpoint
CREATE INDEX "claims_closed_at_idx" ON "claims" USING btree ("closed_at");--> statement-breakpoint
CREATE INDEX "claims_person_id_idx" ON "claims" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "claims_order_id_idx" ON "claims" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "claims_contract_id_idx" ON "claims" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "claims_product_id_idx" ON "claims" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "claims_open_due_idx" ON "claims" USING btree ("due_at","id") WHERE "claims"."status" in ('REGISTERED', 'INVESTIGATING');--> statement-breakpoint
ALTER TABLE "chronicle_entries" ADD CONSTRAINT "chronicle_entries_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chronicle_entries_claim_occurred_idx" ON "chronicle_entries" USING btree ("claim_id","occurred_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "chronicle_entries"."claim_id" is not null;