-- A record's reminder time and its job are kept in step by the database, whichever way the record
-- is written (a mutation, an import, a script): setting `remind_at` puts a `reminder` job on the
-- queue for that time, moving it changes the job's time (and lets a reminder that already fired
-- fire again at the new time), clearing it removes the pending job. The job's handler checks the
-- record again when it runs (src/modules/notifications/reminders.ts). SECURITY DEFINER: the
-- portal's role writes appeals and chronicle entries but has no grant on the queue.
CREATE FUNCTION crm_sync_reminder_job() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  job_key text := 'reminder:' || TG_ARGV[0] || ':' || NEW.id;
BEGIN
  IF NEW.remind_at IS NULL THEN
    DELETE FROM jobs WHERE key = job_key AND state = 'PENDING';
  ELSE
    INSERT INTO jobs (kind, key, payload, run_at, max_attempts)
    VALUES ('reminder', job_key, jsonb_build_object('source', TG_ARGV[0], 'id', NEW.id, 'remindAt', NEW.remind_at), NEW.remind_at, 10)
    ON CONFLICT (key) DO UPDATE SET payload = excluded.payload, run_at = excluded.run_at, state = 'PENDING',
      attempts = 0, claim = NULL, last_error = NULL, finished_at = NULL;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER chronicle_entries_reminder_insert AFTER INSERT ON chronicle_entries FOR EACH ROW
  WHEN (NEW.remind_at IS NOT NULL) EXECUTE FUNCTION crm_sync_reminder_job('chronicle');
--> statement-breakpoint
CREATE TRIGGER chronicle_entries_reminder_update AFTER UPDATE OF remind_at ON chronicle_entries FOR EACH ROW
  WHEN (OLD.remind_at IS DISTINCT FROM NEW.remind_at) EXECUTE FUNCTION crm_sync_reminder_job('chronicle');
--> statement-breakpoint
CREATE TRIGGER service_visits_reminder_insert AFTER INSERT ON service_visits FOR EACH ROW
  WHEN (NEW.remind_at IS NOT NULL) EXECUTE FUNCTION crm_sync_reminder_job('service_visit');
--> statement-breakpoint
CREATE TRIGGER service_visits_reminder_update AFTER UPDATE OF remind_at ON service_visits FOR EACH ROW
  WHEN (OLD.remind_at IS DISTINCT FROM NEW.remind_at) EXECUTE FUNCTION crm_sync_reminder_job('service_visit');
--> statement-breakpoint
CREATE TRIGGER appeals_reminder_insert AFTER INSERT ON appeals FOR EACH ROW
  WHEN (NEW.remind_at IS NOT NULL) EXECUTE FUNCTION crm_sync_reminder_job('appeal');
--> statement-breakpoint
CREATE TRIGGER appeals_reminder_update AFTER UPDATE OF remind_at ON appeals FOR EACH ROW
  WHEN (OLD.remind_at IS DISTINCT FROM NEW.remind_at) EXECUTE FUNCTION crm_sync_reminder_job('appeal');
--> statement-breakpoint
CREATE TRIGGER deals_reminder_insert AFTER INSERT ON deals FOR EACH ROW
  WHEN (NEW.remind_at IS NOT NULL) EXECUTE FUNCTION crm_sync_reminder_job('deal');
--> statement-breakpoint
CREATE TRIGGER deals_reminder_update AFTER UPDATE OF remind_at ON deals FOR EACH ROW
  WHEN (OLD.remind_at IS DISTINCT FROM NEW.remind_at) EXECUTE FUNCTION crm_sync_reminder_job('deal');
