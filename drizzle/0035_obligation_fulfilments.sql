CREATE TABLE "obligation_fulfilments" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "obligation_fulfilments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"obligation_id" bigint NOT NULL,
	"shipment_id" bigint,
	"payment_id" bigint,
	"date" date NOT NULL,
	"amount" numeric(18, 2) NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "obligation_fulfilments_amount_positive" CHECK ("obligation_fulfilments"."amount" > 0),
	CONSTRAINT "obligation_fulfilments_one_source" CHECK ("obligation_fulfilments"."shipment_id" is null or "obligation_fulfilments"."payment_id" is null)
);
--> statement-breakpoint
ALTER TABLE "orders" ALTER COLUMN "agreement_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "obligation_fulfilments" ADD CONSTRAINT "obligation_fulfilments_obligation_id_obligations_id_fk" FOREIGN KEY ("obligation_id") REFERENCES "public"."obligations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obligation_fulfilments" ADD CONSTRAINT "obligation_fulfilments_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obligation_fulfilments" ADD CONSTRAINT "obligation_fulfilments_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "obligation_fulfilments_obligation_date_idx" ON "obligation_fulfilments" USING btree ("obligation_id","date","id");--> statement-breakpoint
CREATE INDEX "obligation_fulfilments_shipment_id_idx" ON "obligation_fulfilments" USING btree ("shipment_id");--> statement-breakpoint
CREATE INDEX "obligation_fulfilments_payment_id_idx" ON "obligation_fulfilments" USING btree ("payment_id");