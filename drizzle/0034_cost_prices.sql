CREATE TYPE "public"."price_type_purpose" AS ENUM('SALE', 'COST');--> statement-breakpoint
ALTER TABLE "price_types" ADD COLUMN "purpose" "price_type_purpose" DEFAULT 'SALE' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "price_types_cost_currency_key" ON "price_types" USING btree ("currency") WHERE "price_types"."purpose" = 'COST';