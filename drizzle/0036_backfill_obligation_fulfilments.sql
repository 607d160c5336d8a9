-- Gives the obligations that existed before fulfilments were recorded their chronicle, so that
-- every obligation's fulfilled amount is the sum of its fulfilments from now on:
-- 1. what was fulfilled by hand becomes one MANUAL entry, dated the day it was last changed;
-- 2. the shipments and payments already registered against orders under a contract fulfil that
--    contract's still open obligations as a new one would: shipments the DELIVERY and SERVICE
--    obligations, payments the PAYMENT ones, in the order they happened (date, registration),
--    oldest due first (undated last, then by id). Each side is a line of amounts laid end to end;
--    an entry is where an event's stretch of that line overlaps an obligation's remainder. What
--    runs past the open obligations stays unallocated, as it does for a new shipment or payment.
-- 3. the obligations reached take their new fulfilled amount and status.
INSERT INTO obligation_fulfilments (obligation_id, date, amount, created_at)
SELECT id, updated_at::date, fulfilled_amount, updated_at FROM obligations WHERE fulfilled_amount > 0;
--> statement-breakpoint
WITH events AS (
  SELECT o.contract_id, 'OURS'::obligation_debtor AS debtor, s.id AS shipment_id, NULL::bigint AS payment_id, s.date, s.amount,
    sum(s.amount) OVER (PARTITION BY o.contract_id ORDER BY s.date, s.created_at, s.id) AS through
  FROM shipments s JOIN orders o ON o.id = s.order_id JOIN contracts c ON c.id = o.contract_id AND c.currency = o.currency
  UNION ALL
  SELECT o.contract_id, 'THEIRS'::obligation_debtor, NULL::bigint, p.id, p.date, p.amount,
    sum(p.amount) OVER (PARTITION BY o.contract_id ORDER BY p.date, p.created_at, p.id)
  FROM payments p JOIN orders o ON o.id = p.order_id JOIN contracts c ON c.id = o.contract_id AND c.currency = o.currency
), remainders AS (
  SELECT ob.id, ob.contract_id, ob.debtor, ob.amount - ob.fulfilled_amount AS remaining,
    sum(ob.amount - ob.fulfilled_amount) OVER (PARTITION BY ob.contract_id, ob.debtor ORDER BY coalesce(ob.due_date, '9999-12-31'::date), ob.id) AS through
  FROM obligations ob JOIN contracts c ON c.id = ob.contract_id AND c.currency = ob.currency
  WHERE ob.status IN ('OPEN', 'PARTIALLY_FULFILLED') AND ob.amount IS NOT NULL
    AND ((ob.debtor = 'OURS' AND ob.kind IN ('DELIVERY', 'SERVICE')) OR (ob.debtor = 'THEIRS' AND ob.kind = 'PAYMENT'))
)
INSERT INTO obligation_fulfilments (obligation_id, shipment_id, payment_id, date, amount)
SELECT r.id, e.shipment_id, e.payment_id, e.date,
  least(e.through, r.through) - greatest(e.through - e.amount, r.through - r.remaining)
FROM events e JOIN remainders r ON r.contract_id = e.contract_id AND r.debtor = e.debtor
WHERE least(e.through, r.through) > greatest(e.through - e.amount, r.through - r.remaining);
--> statement-breakpoint
UPDATE obligations ob
SET fulfilled_amount = f.total,
    status = (CASE WHEN f.total >= ob.amount THEN 'FULFILLED' ELSE 'PARTIALLY_FULFILLED' END)::obligation_status,
    version = ob.version + 1, updated_at = now()
FROM (SELECT obligation_id, sum(amount) AS total FROM obligation_fulfilments GROUP BY obligation_id) f
WHERE f.obligation_id = ob.id AND f.total <> ob.fulfilled_amount;
