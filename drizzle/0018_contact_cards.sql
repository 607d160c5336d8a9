CREATE TABLE "contact_card_groups" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "contact_card_groups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"parent_id" bigint,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contact_card_persons" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "contact_card_persons_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"contact_card_id" bigint NOT NULL,
	"person_id" bigint NOT NULL,
	"title" text,
	"role" text,
	"is_primary" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contact_cards" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "contact_cards_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"external_id" text,
	"name" text,
	"company_name" text,
	"tax_number" text,
	"phones" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"emails" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"information_source_id" bigint,
	"responsible_employee_id" bigint,
	"interest" text,
	"notes" text,
	"group_id" bigint,
	"converted_counterparty_id" bigint,
	"converted_at" timestamp (3) with time zone,
	"archived_at" timestamp (3) with time zone,
	"search_text" text GENERATED ALWAYS AS (lower(coalesce(name, '') || ' ' || coalesce(company_name, '') || ' ' || coalesce(tax_number, '') || ' ' || jsonb_path_query_array(emails, '$[*].address')::text || ' ' || regexp_replace(jsonb_path_query_array(phones, '$[*].number')::text, '[^0-9,]', '', 'g'))) STORED NOT NULL,
	"contact_keys" text[] GENERATED ALWAYS AS (array_remove(
    string_to_array(regexp_replace(regexp_replace(jsonb_path_query_array(phones, '$[*].number')::text, '[^0-9,]', '', 'g'), '([0-9]+)', 'p:\1', 'g'), ',')
    || string_to_array(replace(btrim(regexp_replace(lower(jsonb_path_query_array(emails, '$[*].address')::text), '"([^"]*)"', 'e:\1', 'g'), '[]'), ' ', ''), ',')
    || case when upper(regexp_replace(coalesce(tax_number, ''), '[\s./-]', '', 'g')) = '' then '{}'::text[] else array['t:' || upper(regexp_replace(coalesce(tax_number, ''), '[\s./-]', '', 'g'))] end, '')) STORED NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "contact_cards_name_or_phone" CHECK ("contact_cards"."name" is not null or jsonb_array_length("contact_cards"."phones") > 0),
	CONSTRAINT "contact_cards_converted_together" CHECK (("contact_cards"."converted_counterparty_id" is null) = ("contact_cards"."converted_at" is null))
);
--> statement-breakpoint
ALTER TABLE "chronicle_entries" ALTER COLUMN "counterparty_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "chronicle_entries" ADD COLUMN "contact_card_id" bigint;--> statement-breakpoint
ALTER TABLE "counterparties" ADD COLUMN "contact_keys" text[] GENERATED ALWAYS AS (array_remove(
    string_to_array(regexp_replace(regexp_replace(jsonb_path_query_array(phones, '$[*].number')::text, '[^0-9,]', '', 'g'), '([0-9]+)', 'p:\1', 'g'), ',')
    || string_to_array(replace(btrim(regexp_replace(lower(jsonb_path_query_array(emails, '$[*].address')::text), '"([^"]*)"', 'e:\1', 'g'), '[]'), ' ', ''), ',')
    || case when upper(regexp_replace(coalesce(tax_number, ''), '[\s./-]', '', 'g')) = '' then '{}'::text[] else array['t:' || upper(regexp_replace(coalesce(tax_number, ''), '[\s./-]', '', 'g'))] end, '')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "contact_card_groups" ADD CONSTRAINT "contact_card_groups_parent_id_contact_card_groups_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contact_card_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_card_persons" ADD CONSTRAINT "contact_card_persons_contact_card_id_contact_cards_id_fk" FOREIGN KEY ("contact_card_id") REFERENCES "public"."contact_cards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_card_persons" ADD CONSTRAINT "contact_card_persons_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_cards" ADD CONSTRAINT "contact_cards_information_source_id_information_sources_id_fk" FOREIGN KEY ("information_source_id") REFERENCES "public"."information_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_cards" ADD CONSTRAINT "contact_cards_responsible_employee_id_employees_id_fk" FOREIGN KEY ("responsible_employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_cards" ADD CONSTRAINT "contact_cards_group_id_contact_card_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."contact_card_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_cards" ADD CONSTRAINT "contact_cards_converted_counterparty_id_counterparties_id_fk" FOREIGN KEY ("converted_counterparty_id") REFERENCES "public"."counterparties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_card_groups_parent_id_idx" ON "contact_card_groups" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contact_card_groups_parent_name_key" ON "contact_card_groups" USING btree (coalesce("parent_id", 0),lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "contact_card_persons_card_person_key" ON "contact_card_persons" USING btree ("contact_card_id","person_id");--> statement-breakpoint
CREATE INDEX "contact_card_persons_person_id_idx" ON "contact_card_persons" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contact_cards_external_id_key" ON "contact_cards" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "contact_cards_group_id_idx" ON "contact_cards" USING btree ("group_id","id");--> statement-breakpoint
CREATE INDEX "contact_cards_responsible_employee_id_idx" ON "contact_cards" USING btree ("responsible_employee_id","id");--> statement-breakpoint
CREATE INDEX "contact_cards_information_source_id_idx" ON "contact_cards" USING btree ("information_source_id","id");--> statement-breakpoint
CREATE INDEX "contact_cards_converted_counterparty_id_idx" ON "contact_cards" USING btree ("converted_counterparty_id","id") WHERE "contact_cards"."converted_counterparty_id" is not null;--> statement-breakpoint
CREATE INDEX "contact_cards_search_text_trgm_idx" ON "contact_cards" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "contact_cards_contact_keys_idx" ON "contact_cards" USING gin ("contact_keys");--> statement-breakpoint
ALTER TABLE "chronicle_entries" ADD CONSTRAINT "chronicle_entries_contact_card_id_contact_cards_id_fk" FOREIGN KEY ("contact_card_id") REFERENCES "public"."contact_cards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chronicle_entries_contact_card_occurred_idx" ON "chronicle_entries" USING btree ("contact_card_id","occurred_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "chronicle_entries"."contact_card_id" is not null;--> statement-breakpoint
CREATE INDEX "chronicle_entries_calls_idx" ON "chronicle_entries" USING btree ("occurred_at") WHERE "chronicle_entries"."kind" = 'CALL';--> statement-breakpoint
CREATE INDEX "counterparties_contact_keys_idx" ON "counterparties" USING gin ("contact_keys");--> statement-breakpoint
ALTER TABLE "chronicle_entries" ADD CONSTRAINT "chronicle_entries_one_owner" CHECK (num_nonnulls("chronicle_entries"."counterparty_id", "chronicle_entries"."contact_card_id") = 1);--> statement-breakpoint
ALTER TABLE "chronicle_entries" ADD CONSTRAINT "chronicle_entries_claim_of_counterparty" CHECK ("chronicle_entries"."claim_id" is null or "chronicle_entries"."counterparty_id" is not null);