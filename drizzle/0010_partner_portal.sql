CREATE TYPE "public"."registered_via" AS ENUM('STAFF', 'PORTAL');--> statement-breakpoint
ALTER TYPE "public"."api_key_role" ADD VALUE 'PARTNER';--> statement-breakpoint
ALTER TYPE "public"."appeal_action_kind" ADD VALUE 'COMMENT';--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "counterparty_id" bigint;--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "person_id" bigint;--> statement-breakpoint
ALTER TABLE "appeal_actions" ADD COLUMN "visible_to_client" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "appeal_actions" ADD COLUMN "person_id" bigint;--> statement-breakpoint
ALTER TABLE "appeals" ADD COLUMN "registered_via" "registered_via" DEFAULT 'STAFF' NOT NULL;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_counterparty_id_counterparties_id_fk" FOREIGN KEY ("counterparty_id") REFERENCES "public"."counterparties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_actions" ADD CONSTRAINT "appeal_actions_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_keys_counterparty_id_idx" ON "api_keys" USING btree ("counterparty_id");--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_partner_has_counterparty" CHECK (("api_keys"."role"::text = 'PARTNER') = ("api_keys"."counterparty_id" is not null));--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_person_only_for_partner" CHECK ("api_keys"."person_id" is null or "api_keys"."counterparty_id" is not null);--> statement-breakpoint
-- What a client saw of its appeals before the portal existed: their registration and every change of status.
UPDATE "appeal_actions" SET "visible_to_client" = true WHERE "kind" IN ('REGISTERED', 'STATUS_CHANGED');