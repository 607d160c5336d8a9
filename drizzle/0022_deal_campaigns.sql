ALTER TABLE "deals" ADD COLUMN "campaign_id" bigint;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deals_campaign_id_idx" ON "deals" USING btree ("campaign_id","id") WHERE "deals"."campaign_id" is not null;