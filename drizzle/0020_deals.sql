CREATE TYPE "public"."deal_column" AS ENUM('PROSPECT', 'INTERESTED', 'CONTACT_1', 'CONTACT_2', 'CONTACT_3', 'RESULT');--> statement-breakpoint
CREATE TYPE "public"."deal_move_kind" AS ENUM('CREATED', 'COLUMN', 'STAGE', 'REOPENED');--> statement-breakpoint
CREATE TYPE "public"."deal_result" AS ENUM('WON_CONTRACT', 'WON_PURCHASE', 'STILL_PROSPECT', 'LOST');--> statement-breakpoint
CREATE TYPE "public"."deal_stage" AS ENUM('NEEDS', 'RFQ', 'OFFER', 'NEGOTIATION', 'ORDER');--> statement-breakpoint
CREATE TABLE "deal_moves" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "deal_moves_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"deal_id" bigint NOT NULL,
	"kind" "deal_move_kind" NOT NULL,
	"from_column" "deal_column",
	"to_column" "deal_column" NOT NULL,
	"from_stage" "deal_stage",
	"to_stage" "deal_stage" NOT NULL,
	"result" "deal_result",
	"lost_reason_id" bigint,
	"note" text,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"moved_by_api_key_id" bigint,
	"moved_by_employee_id" bigint,
	CONSTRAINT "deal_moves_result_in_result_column" CHECK (("deal_moves"."result" is not null) = ("deal_moves"."to_column" = 'RESULT')),
	CONSTRAINT "deal_moves_lost_reason_when_lost" CHECK (("deal_moves"."lost_reason_id" is not null) = ("deal_moves"."result" is not distinct from 'LOST')),
	CONSTRAINT "deal_moves_created_from_nothing" CHECK (("deal_moves"."kind" = 'CREATED') = ("deal_moves"."from_column" is null) and ("deal_moves"."from_column" is null) = ("deal_moves"."from_stage" is null))
);
--> statement-breakpoint
CREATE TABLE "deal_orders" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "deal_orders_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"deal_id" bigint NOT NULL,
	"order_id" bigint NOT NULL,
	"linked_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deals" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "deals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"external_id" text,
	"counterparty_id" bigint,
	"name" text NOT NULL,
	"amount" numeric(18, 2),
	"currency" text,
	"expected_date" date,
	"assigned_employee_id" bigint,
	"information_source_id" bigint,
	"stage" "deal_stage" DEFAULT 'NEEDS' NOT NULL,
	"funnel_column" "deal_column" DEFAULT 'PROSPECT' NOT NULL,
	"result" "deal_result",
	"lost_reason_id" bigint,
	"contract_id" bigint,
	"closed_at" timestamp (3) with time zone,
	"last_moved_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "deals_one_owner" CHECK (num_nonnulls("deals"."counterparty_id") = 1),
	CONSTRAINT "deals_currency_with_amount" CHECK ("deals"."amount" is null or "deals"."currency" is not null),
	CONSTRAINT "deals_amount_not_negative" CHECK ("deals"."amount" >= 0),
	CONSTRAINT "deals_result_in_result_column" CHECK (("deals"."result" is not null) = ("deals"."funnel_column" = 'RESULT')),
	CONSTRAINT "deals_lost_reason_when_lost" CHECK (("deals"."lost_reason_id" is not null) = ("deals"."result" is not distinct from 'LOST')),
	CONSTRAINT "deals_closed_in_result_column" CHECK (("deals"."closed_at" is not null) = ("deals"."funnel_column" = 'RESULT'))
);
--> statement-breakpoint
CREATE TABLE "lost_reasons" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "lost_reasons_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "deal_moves" ADD CONSTRAINT "deal_moves_deal_id_deals_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."deals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_moves" ADD CONSTRAINT "deal_moves_lost_reason_id_lost_reasons_id_fk" FOREIGN KEY ("lost_reason_id") REFERENCES "public"."lost_reasons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_moves" ADD CONSTRAINT "deal_moves_moved_by_api_key_id_api_keys_id_fk" FOREIGN KEY ("moved_by_api_key_id") REFERENCES "public"."api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_moves" ADD CONSTRAINT "deal_moves_moved_by_employee_id_employees_id_fk" FOREIGN KEY ("moved_by_employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_orders" ADD CONSTRAINT "deal_orders_deal_id_deals_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."deals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_orders" ADD CONSTRAINT "deal_orders_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_counterparty_id_counterparties_id_fk" FOREIGN KEY ("counterparty_id") REFERENCES "public"."counterparties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_assigned_employee_id_employees_id_fk" FOREIGN KEY ("assigned_employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_information_source_id_information_sources_id_fk" FOREIGN KEY ("information_source_id") REFERENCES "public"."information_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_lost_reason_id_lost_reasons_id_fk" FOREIGN KEY ("lost_reason_id") REFERENCES "public"."lost_reasons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deal_moves_deal_at_idx" ON "deal_moves" USING btree ("deal_id","at","id");--> statement-breakpoint
CREATE INDEX "deal_moves_at_idx" ON "deal_moves" USING btree ("at");--> statement-breakpoint
CREATE INDEX "deal_moves_lost_reason_id_idx" ON "deal_moves" USING btree ("lost_reason_id");--> statement-breakpoint
CREATE INDEX "deal_moves_moved_by_employee_id_idx" ON "deal_moves" USING btree ("moved_by_employee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "deal_orders_order_id_key" ON "deal_orders" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "deal_orders_deal_id_idx" ON "deal_orders" USING btree ("deal_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "deals_external_id_key" ON "deals" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "deals_counterparty_id_idx" ON "deals" USING btree ("counterparty_id","id") WHERE "deals"."counterparty_id" is not null;--> statement-breakpoint
CREATE INDEX "deals_assigned_employee_id_idx" ON "deals" USING btree ("assigned_employee_id","id");--> statement-breakpoint
CREATE INDEX "deals_information_source_id_idx" ON "deals" USING btree ("information_source_id");--> statement-breakpoint
CREATE INDEX "deals_lost_reason_id_idx" ON "deals" USING btree ("lost_reason_id");--> statement-breakpoint
CREATE INDEX "deals_contract_id_idx" ON "deals" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "deals_column_idx" ON "deals" USING btree ("funnel_column","id");--> statement-breakpoint
CREATE INDEX "deals_stage_idx" ON "deals" USING btree ("stage","id");--> statement-breakpoint
CREATE INDEX "deals_expected_date_idx" ON "deals" USING btree ("expected_date","id");--> statement-breakpoint
CREATE INDEX "deals_contact_last_moved_idx" ON "deals" USING btree ("last_moved_at","id") WHERE "deals"."funnel_column" in ('CONTACT_1', 'CONTACT_2', 'CONTACT_3');--> statement-breakpoint
CREATE UNIQUE INDEX "lost_reasons_name_key" ON "lost_reasons" USING btree (lower("name"));