ALTER TABLE "deals" DROP CONSTRAINT "deals_one_owner";--> statement-breakpoint
ALTER TABLE "deals" ADD COLUMN "contact_card_id" bigint;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_contact_card_id_contact_cards_id_fk" FOREIGN KEY ("contact_card_id") REFERENCES "public"."contact_cards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deals_contact_card_id_idx" ON "deals" USING btree ("contact_card_id","id") WHERE "deals"."contact_card_id" is not null;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_one_owner" CHECK (num_nonnulls("deals"."counterparty_id", "deals"."contact_card_id") = 1);