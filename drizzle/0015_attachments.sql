CREATE TYPE "public"."attachment_state" AS ENUM('PENDING', 'STORED');--> statement-breakpoint
CREATE TABLE "attachment_parts" (
	"attachment_id" bigint NOT NULL,
	"part_number" integer NOT NULL,
	"data" "bytea" NOT NULL,
	CONSTRAINT "attachment_parts_pkey" PRIMARY KEY("attachment_id","part_number")
);
--> statement-breakpoint
CREATE TABLE "attachments" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "attachments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"appeal_id" bigint,
	"claim_id" bigint,
	"file_name" text NOT NULL,
	"declared_content_type" text NOT NULL,
	"content_type" text,
	"detected_content_type" text,
	"size" integer NOT NULL,
	"sha256" text,
	"state" "attachment_state" DEFAULT 'STORED' NOT NULL,
	"upload_expires_at" timestamp (3) with time zone,
	"uploaded_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"uploaded_by_api_key_id" bigint,
	CONSTRAINT "attachments_one_owner" CHECK (num_nonnulls("attachments"."appeal_id", "attachments"."claim_id") = 1),
	CONSTRAINT "attachments_stored_complete" CHECK ("attachments"."state" = 'PENDING' or ("attachments"."sha256" is not null and "attachments"."content_type" is not null)),
	CONSTRAINT "attachments_size_range" CHECK ("attachments"."size" >= 0),
	CONSTRAINT "attachments_sha256_hex" CHECK ("attachments"."sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
ALTER TABLE "attachment_parts" ADD CONSTRAINT "attachment_parts_attachment_id_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_appeal_id_appeals_id_fk" FOREIGN KEY ("appeal_id") REFERENCES "public"."appeals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_uploaded_by_api_key_id_api_keys_id_fk" FOREIGN KEY ("uploaded_by_api_key_id") REFERENCES "public"."api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachments_appeal_id_idx" ON "attachments" USING btree ("appeal_id","id") WHERE "attachments"."appeal_id" is not null;--> statement-breakpoint
CREATE INDEX "attachments_claim_id_idx" ON "attachments" USING btree ("claim_id","id") WHERE "attachments"."claim_id" is not null;--> statement-breakpoint
CREATE INDEX "attachments_pending_expiry_idx" ON "attachments" USING btree ("upload_expires_at") WHERE "attachments"."state" = 'PENDING';