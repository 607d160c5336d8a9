-- Tasks' reminders are kept in step with their jobs as the other records' are (migration 0025).
CREATE TRIGGER tasks_reminder_insert AFTER INSERT ON tasks FOR EACH ROW
  WHEN (NEW.remind_at IS NOT NULL) EXECUTE FUNCTION crm_sync_reminder_job('task');
--> statement-breakpoint
CREATE TRIGGER tasks_reminder_update AFTER UPDATE OF remind_at ON tasks FOR EACH ROW
  WHEN (OLD.remind_at IS DISTINCT FROM NEW.remind_at) EXECUTE FUNCTION crm_sync_reminder_job('task');
