CREATE TYPE "public"."product_relation_kind" AS ENUM('ANALOGUE', 'SUBSTITUTE');--> statement-breakpoint
CREATE TYPE "public"."product_type" AS ENUM('GOODS', 'SERVICE');--> statement-breakpoint
CREATE TYPE "public"."agreement_kind" AS ENUM('TYPICAL', 'INDIVIDUAL');--> statement-breakpoint
CREATE TYPE "public"."agreement_status" AS ENUM('DRAFT', 'ACTIVE', 'CLOSED');--> statement-breakpoint
CREATE TYPE "public"."payment_method" AS ENUM('BANK_TRANSFER', 'CASH', 'CARD', 'OFFSET');--> statement-breakpoint
CREATE TABLE "price_types" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "price_types_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"currency" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "prices" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "prices_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"product_id" bigint NOT NULL,
	"price_type_id" bigint NOT NULL,
	"effective_from" date NOT NULL,
	"price" numeric(18, 2) NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "prices_price_not_negative" CHECK ("prices"."price" >= 0)
);
--> statement-breakpoint
CREATE TABLE "product_groups" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "product_groups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"parent_id" bigint,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product_relations" (
	"product_id" bigint NOT NULL,
	"related_id" bigint NOT NULL,
	"kind" "product_relation_kind" NOT NULL,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "product_relations_product_id_related_id_kind_pk" PRIMARY KEY("product_id","related_id","kind"),
	CONSTRAINT "product_relations_not_self" CHECK ("product_relations"."product_id" <> "product_relations"."related_id")
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "products_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"external_id" text,
	"code" text,
	"name" text NOT NULL,
	"type" "product_type" NOT NULL,
	"unit" text NOT NULL,
	"group_id" bigint,
	"description" text,
	"archived_at" timestamp (3) with time zone,
	"search_text" text GENERATED ALWAYS AS (lower(name || ' ' || coalesce(code, ''))) STORED NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreement_group_discounts" (
	"agreement_id" bigint NOT NULL,
	"product_group_id" bigint NOT NULL,
	"discount_percent" numeric(5, 2) NOT NULL,
	CONSTRAINT "agreement_group_discounts_agreement_id_product_group_id_pk" PRIMARY KEY("agreement_id","product_group_id")
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agreements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"external_id" text,
	"name" text NOT NULL,
	"kind" "agreement_kind" NOT NULL,
	"status" "agreement_status" DEFAULT 'DRAFT' NOT NULL,
	"segment" text,
	"counterparty_id" bigint,
	"base_agreement_id" bigint,
	"payment_schedule" jsonb,
	"payment_method" "payment_method",
	"price_type_id" bigint,
	"currency" text,
	"delivery_days" integer,
	"discount_percent" numeric(5, 2),
	"valid_from" date,
	"valid_to" date,
	"contracts_required" boolean,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "agreements_kind_shape" CHECK (("agreements"."kind" = 'TYPICAL' and "agreements"."counterparty_id" is null and "agreements"."base_agreement_id" is null)
    or ("agreements"."kind" = 'INDIVIDUAL' and "agreements"."counterparty_id" is not null and "agreements"."base_agreement_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "prices" ADD CONSTRAINT "prices_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prices" ADD CONSTRAINT "prices_price_type_id_price_types_id_fk" FOREIGN KEY ("price_type_id") REFERENCES "public"."price_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_groups" ADD CONSTRAINT "product_groups_parent_id_product_groups_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."product_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_relations" ADD CONSTRAINT "product_relations_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_relations" ADD CONSTRAINT "product_relations_related_id_products_id_fk" FOREIGN KEY ("related_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_group_id_product_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."product_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_group_discounts" ADD CONSTRAINT "agreement_group_discounts_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_group_discounts" ADD CONSTRAINT "agreement_group_discounts_product_group_id_product_groups_id_fk" FOREIGN KEY ("product_group_id") REFERENCES "public"."product_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_counterparty_id_counterparties_id_fk" FOREIGN KEY ("counterparty_id") REFERENCES "public"."counterparties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_base_agreement_id_agreements_id_fk" FOREIGN KEY ("base_agreement_id") REFERENCES "public"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_price_type_id_price_types_id_fk" FOREIGN KEY ("price_type_id") REFERENCES "public"."price_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "price_types_code_key" ON "price_types" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "prices_product_type_from_key" ON "prices" USING btree ("product_id","price_type_id","effective_from");--> statement-breakpoint
CREATE INDEX "prices_price_type_id_idx" ON "prices" USING btree ("price_type_id");--> statement-breakpoint
CREATE INDEX "product_groups_parent_id_idx" ON "product_groups" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "product_groups_parent_name_key" ON "product_groups" USING btree (coalesce("parent_id", 0),lower("name"));--> statement-breakpoint
CREATE INDEX "product_relations_related_id_idx" ON "product_relations" USING btree ("related_id");--> statement-breakpoint
CREATE UNIQUE INDEX "products_external_id_key" ON "products" USING btree ("external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "products_code_key" ON "products" USING btree ("code");--> statement-breakpoint
CREATE INDEX "products_name_id_idx" ON "products" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "products_group_id_idx" ON "products" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "products_search_text_trgm_idx" ON "products" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "agreement_group_discounts_group_idx" ON "agreement_group_discounts" USING btree ("product_group_id");--> statement-breakpoint
CREATE UNIQUE INDEX "agreements_external_id_key" ON "agreements" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "agreements_counterparty_id_idx" ON "agreements" USING btree ("counterparty_id");--> statement-breakpoint
CREATE INDEX "agreements_base_agreement_id_idx" ON "agreements" USING btree ("base_agreement_id");--> statement-breakpoint
CREATE INDEX "agreements_segment_idx" ON "agreements" USING btree ("segment");