DROP INDEX "chronicle_entries_counterparty_occurred_idx";--> statement-breakpoint
DROP INDEX "chronicle_entries_responsible_occurred_idx";--> statement-breakpoint
DROP INDEX "chronicle_entries_occurred_idx";--> statement-breakpoint
CREATE INDEX "chronicle_entries_counterparty_occurred_idx" ON "chronicle_entries" USING btree ("counterparty_id","occurred_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "chronicle_entries_responsible_occurred_idx" ON "chronicle_entries" USING btree ("responsible_employee_id","occurred_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "chronicle_entries_occurred_idx" ON "chronicle_entries" USING btree ("occurred_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);