-- The webhook outbox, written in the transaction of the change it tells of (webhooks.repository.ts,
-- enqueueDeliveries): a delivery to every active webhook that wants the change, and a `webhook`
-- job to send it. SECURITY DEFINER: the partner portal's role writes appeals, claims and comments,
-- whose changes are told too, but may not read webhooks (their secrets) or write the queue.
CREATE FUNCTION crm_enqueue_webhook_deliveries(events jsonb) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  WITH made AS (
    INSERT INTO webhook_deliveries (webhook_id, topic, kind, body)
    SELECT w.id, e->>'topic', e->>'kind', e->'body'
    FROM jsonb_array_elements(events) AS e
    JOIN webhooks AS w ON w.active AND (e->>'topic') = ANY (w.topics) AND (w.kinds IS NULL OR (e->>'kind') = ANY (w.kinds))
    RETURNING id
  )
  INSERT INTO jobs (kind, payload)
  SELECT 'webhook', jsonb_build_object('deliveryId', id) FROM made;
$$;
