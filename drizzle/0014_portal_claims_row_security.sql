-- Claims in the partner portal, under the same second wall as 0011_portal_row_security.sql: the
-- portal's role sees the partner's claims and, of the chronicle, only the entries of those claims
-- shared with the client; it may register the partner's claims and add its comments.
GRANT SELECT, INSERT ON claims, chronicle_entries TO crm_portal;--> statement-breakpoint
GRANT USAGE ON SEQUENCE claim_numbers TO crm_portal;--> statement-breakpoint
ALTER TABLE claims ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY partner_rows ON claims FOR SELECT TO crm_portal USING (counterparty_id = crm_partner());--> statement-breakpoint
CREATE POLICY partner_registers ON claims FOR INSERT TO crm_portal
  WITH CHECK (counterparty_id = crm_partner() AND registered_via = 'PORTAL');--> statement-breakpoint
ALTER TABLE chronicle_entries ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY partner_rows ON chronicle_entries FOR SELECT TO crm_portal
  USING (visible_to_client AND counterparty_id = crm_partner() AND claim_id IN (SELECT id FROM claims WHERE counterparty_id = crm_partner()));--> statement-breakpoint
CREATE POLICY partner_writes ON chronicle_entries FOR INSERT TO crm_portal
  WITH CHECK (visible_to_client AND responsible_employee_id IS NULL AND counterparty_id = crm_partner()
    AND claim_id IN (SELECT id FROM claims WHERE counterparty_id = crm_partner()));
