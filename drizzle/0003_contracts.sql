CREATE TYPE "public"."contract_status" AS ENUM('DRAFT', 'ACTIVE', 'CLOSED', 'CANCELLED');--> statement-breakpoint
CREATE TABLE "contract_lines" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "contract_lines_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"contract_id" bigint NOT NULL,
	"line_no" integer NOT NULL,
	"product_id" bigint NOT NULL,
	"quantity" numeric(18, 3) NOT NULL,
	"unit_price" numeric(18, 2) NOT NULL,
	"amount" numeric(18, 2) NOT NULL,
	CONSTRAINT "contract_lines_quantity_positive" CHECK ("contract_lines"."quantity" > 0),
	CONSTRAINT "contract_lines_unit_price_not_negative" CHECK ("contract_lines"."unit_price" >= 0)
);
--> statement-breakpoint
CREATE TABLE "contract_templates" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "contract_templates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contracts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "contracts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"external_id" text,
	"number" text NOT NULL,
	"date" date NOT NULL,
	"counterparty_id" bigint NOT NULL,
	"agreement_id" bigint,
	"template_id" bigint,
	"subject" text,
	"valid_from" date,
	"valid_to" date,
	"status" "contract_status" DEFAULT 'DRAFT' NOT NULL,
	"currency" text NOT NULL,
	"total" numeric(18, 2) DEFAULT '0' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "obligations" ADD COLUMN "contract_id" bigint;--> statement-breakpoint
ALTER TABLE "contract_lines" ADD CONSTRAINT "contract_lines_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_lines" ADD CONSTRAINT "contract_lines_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_counterparty_id_counterparties_id_fk" FOREIGN KEY ("counterparty_id") REFERENCES "public"."counterparties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_template_id_contract_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."contract_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "contract_lines_contract_line_no_key" ON "contract_lines" USING btree ("contract_id","line_no");--> statement-breakpoint
CREATE INDEX "contract_lines_product_id_idx" ON "contract_lines" USING btree ("product_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contract_templates_name_key" ON "contract_templates" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "contracts_external_id_key" ON "contracts" USING btree ("external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contracts_counterparty_number_key" ON "contracts" USING btree ("counterparty_id","number");--> statement-breakpoint
CREATE INDEX "contracts_agreement_id_idx" ON "contracts" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "contracts_template_id_idx" ON "contracts" USING btree ("template_id");--> statement-breakpoint
CREATE INDEX "contracts_date_id_idx" ON "contracts" USING btree ("date","id");--> statement-breakpoint
ALTER TABLE "obligations" ADD CONSTRAINT "obligations_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "obligations_contract_id_idx" ON "obligations" USING btree ("contract_id");