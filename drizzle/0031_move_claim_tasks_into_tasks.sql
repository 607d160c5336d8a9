-- A claim's investigation plan becomes tasks of the tasks module linked to the claim (the next
-- migration drops claim_tasks). Each plan task keeps its text (as the title), its result, its
-- times and its version; the claim's counterparty becomes the task's; its assignee, if any, its
-- only assignee (a plan task without one becomes a task without assignees until updateTask names
-- them); done or cancelled become DONE or CANCELLED, closed when they were.
--
-- A task is due at an instant, a plan task was due on a day or on none:
-- * a due date becomes the last millisecond of that day in the assignee's time zone (UTC without
--   an assignee; DEFAULT_TIME_ZONE is the server's setting, which a migration cannot read), so the
--   task is overdue from the next day on, as the date said;
-- * no due date becomes the claim's due time, the latest the investigation could end; a claim
--   without one gives the last millisecond of the day the task was planned. Either way the
--   description says the due time was not set with the plan, so no one takes it for a deadline
--   that was agreed.
ALTER TABLE "tasks" ADD COLUMN "moved_claim_task_id" bigint;--> statement-breakpoint
INSERT INTO "tasks" ("title", "description", "due_at", "status", "closed_at", "result", "counterparty_id", "claim_id",
  "created_at", "updated_at", "version", "moved_claim_task_id")
SELECT ct."what",
  CASE
    WHEN ct."due_date" IS NOT NULL THEN NULL
    WHEN c."due_at" IS NOT NULL THEN 'Planned without a due date: due when the claim is.'
    ELSE 'Planned without a due date: due at the end of the day it was planned.'
  END,
  CASE
    WHEN ct."due_date" IS NOT NULL
      THEN ((ct."due_date" + 1)::timestamp AT TIME ZONE coalesce(e."time_zone", 'UTC')) - interval '1 millisecond'
    WHEN c."due_at" IS NOT NULL THEN c."due_at"
    ELSE (((ct."created_at" AT TIME ZONE coalesce(e."time_zone", 'UTC'))::date + 1)::timestamp AT TIME ZONE coalesce(e."time_zone", 'UTC'))
      - interval '1 millisecond'
  END,
  (CASE WHEN ct."done_at" IS NOT NULL THEN 'DONE' WHEN ct."cancelled_at" IS NOT NULL THEN 'CANCELLED' ELSE 'OPEN' END)::"task_status",
  coalesce(ct."done_at", ct."cancelled_at"),
  ct."result", c."counterparty_id", ct."claim_id", ct."created_at", ct."updated_at", ct."version", ct."id"
FROM "claim_tasks" ct
JOIN "claims" c ON c."id" = ct."claim_id"
LEFT JOIN "employees" e ON e."id" = ct."assignee_id"
ORDER BY ct."id";--> statement-breakpoint
INSERT INTO "task_assignees" ("task_id", "employee_id")
SELECT t."id", ct."assignee_id"
FROM "tasks" t JOIN "claim_tasks" ct ON ct."id" = t."moved_claim_task_id"
WHERE ct."assignee_id" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "tasks" DROP COLUMN "moved_claim_task_id";
