-- The audit log (record_history) is written by statement-level triggers, so every path that
-- writes a register record (mutations, imports, scripts) is logged in the same transaction, and a
-- statement that writes thousands of rows (an import chunk) logs them with one INSERT ... SELECT
-- over its transition tables. Who wrote is read from the transaction's settings crm.api_key_id and
-- crm.employee_id (set by the request's database at the start of each transaction; see
-- db/client.ts); a script or job sets none and is logged without a who.
--
-- `changes` holds, for CREATE, the values the record was created with ({column: value}, nulls
-- left out), for DELETE the values it held, and for every other operation only the columns that
-- changed, as {column: {"old": ..., "new": ...}}.
--
-- Arguments: the record's GraphQL type, the column holding its counterparty ('' for none), and the
-- column a STATUS move changes. SECURITY DEFINER: the partner portal's role registers appeals and
-- claims, whose history is written too, but may neither read nor write record_history itself.
CREATE FUNCTION crm_record_history() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  record_type text := TG_ARGV[0];
  -- The row's counterparty, read as a column of the row (SQL, not a JSON key: reading the id and
  -- the counterparty out of to_jsonb(row) doubled what a logged import row cost).
  counterparty text := CASE WHEN TG_ARGV[1] = '' THEN 'null::bigint' ELSE format('r.%I', TG_ARGV[1]) END;
  status_column text := TG_ARGV[2];
  api_key bigint := nullif(current_setting('crm.api_key_id', true), '')::bigint;
  employee bigint := nullif(current_setting('crm.employee_id', true), '')::bigint;
  -- Bookkeeping, not content: the key, the optimistic-lock counter, timestamps, search columns.
  bookkeeping text[] := ARRAY['id', 'version', 'created_at', 'updated_at', 'search_text', 'contact_keys'];
BEGIN
  IF TG_OP = 'INSERT' OR TG_OP = 'DELETE' THEN
    -- The values written (or held), as they are: no per-field pairs to build for every row of an import.
    EXECUTE format(
      'INSERT INTO record_history (api_key_id, employee_id, record_type, record_id, counterparty_id, operation, changes)
       SELECT $1, $2, $3, r.id, %s, $4::history_operation, jsonb_strip_nulls(to_jsonb(r) - $5) FROM %I AS r',
      counterparty, CASE WHEN TG_OP = 'INSERT' THEN 'new_rows' ELSE 'old_rows' END)
    USING api_key, employee, record_type, CASE WHEN TG_OP = 'INSERT' THEN 'CREATE' ELSE 'DELETE' END, bookkeeping;
  ELSE
    -- Only the columns that changed; an update that changed only bookkeeping (a version bump, a
    -- touch) changed nothing to log.
    EXECUTE format(
      'INSERT INTO record_history (api_key_id, employee_id, record_type, record_id, counterparty_id, operation, changes)
       SELECT $1, $2, $3, d.id, d.counterparty_id,
         CASE
           WHEN d.changes ? ''archived_at'' AND d.changes->''archived_at''->>''old'' IS NULL THEN ''ARCHIVE''
           WHEN d.changes ? ''archived_at'' AND d.changes->''archived_at''->>''new'' IS NULL THEN ''RESTORE''
           WHEN d.changes ? $4 THEN ''STATUS''
           ELSE ''UPDATE''
         END::history_operation,
         d.changes
       FROM (
         SELECT r.id, %s AS counterparty_id,
           (SELECT jsonb_object_agg(f.key, jsonb_build_object(''old'', o.before->f.key, ''new'', f.value))
             FROM jsonb_each(to_jsonb(r) - $5) AS f WHERE f.value IS DISTINCT FROM o.before->f.key) AS changes
         FROM new_rows AS r JOIN (SELECT o.id, to_jsonb(o) AS before FROM old_rows AS o) AS o ON o.id = r.id
       ) AS d
       WHERE d.changes IS NOT NULL',
      counterparty)
    USING api_key, employee, record_type, status_column, bookkeeping;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
DO $$
DECLARE
  -- table, GraphQL type, counterparty column, status column
  logged text[][] := ARRAY[
    ['counterparties', 'Counterparty', 'id', 'status'],
    ['persons', 'Person', '', 'status'],
    ['contact_cards', 'ContactCard', 'converted_counterparty_id', 'status'],
    ['products', 'Product', '', 'status'],
    ['agreements', 'Agreement', 'counterparty_id', 'status'],
    ['contracts', 'Contract', 'counterparty_id', 'status'],
    ['obligations', 'Obligation', 'counterparty_id', 'status'],
    ['orders', 'Order', 'counterparty_id', 'status'],
    ['shipments', 'Shipment', '', 'status'],
    ['payments', 'Payment', '', 'status'],
    ['deals', 'Deal', 'counterparty_id', 'stage'],
    ['campaigns', 'Campaign', '', 'status'],
    ['appeals', 'Appeal', 'counterparty_id', 'status'],
    ['claims', 'Claim', 'counterparty_id', 'status'],
    ['service_cards', 'ServiceCard', 'counterparty_id', 'status'],
    ['tasks', 'Task', 'counterparty_id', 'status']
  ];
  entry text[];
BEGIN
  FOREACH entry SLICE 1 IN ARRAY logged LOOP
    EXECUTE format('CREATE TRIGGER record_history_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION crm_record_history(%L, %L, %L)', entry[1], entry[2], entry[3], entry[4]);
    EXECUTE format('CREATE TRIGGER record_history_update AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION crm_record_history(%L, %L, %L)', entry[1], entry[2], entry[3], entry[4]);
    EXECUTE format('CREATE TRIGGER record_history_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION crm_record_history(%L, %L, %L)', entry[1], entry[2], entry[3], entry[4]);
  END LOOP;
END
$$;--> statement-breakpoint
-- A partner's role reads nothing of the log (the triggers write it as their owner).
REVOKE ALL ON record_history FROM crm_portal;
