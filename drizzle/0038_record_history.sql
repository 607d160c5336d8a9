CREATE TYPE "public"."history_operation" AS ENUM('CREATE', 'UPDATE', 'ARCHIVE', 'RESTORE', 'STATUS', 'DELETE');--> statement-breakpoint
CREATE TABLE "record_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "record_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"occurred_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"api_key_id" bigint,
	"employee_id" bigint,
	"record_type" text NOT NULL,
	"record_id" bigint NOT NULL,
	"counterparty_id" bigint,
	"operation" "history_operation" NOT NULL,
	"changes" jsonb NOT NULL
);
--> statement-breakpoint
CREATE INDEX "record_history_record_idx" ON "record_history" USING btree ("record_type","record_id","id");