-- The chronicle of a partner's obligations in the partner portal, under the same second wall as
-- 0011_portal_row_security.sql: the portal's role reads the fulfilment entries of the partner's
-- obligations only.
GRANT SELECT ON obligation_fulfilments TO crm_portal;--> statement-breakpoint
ALTER TABLE obligation_fulfilments ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY partner_rows ON obligation_fulfilments FOR SELECT TO crm_portal
  USING (obligation_id IN (SELECT id FROM obligations WHERE counterparty_id = crm_partner()));
