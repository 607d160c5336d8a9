-- Attachments in the partner portal, under the same second wall as 0011_portal_row_security.sql:
-- the portal's role sees the files of the partner's appeals and claims and may store files for
-- them (a row, its parts, and the row marked stored); it reads no file's bytes (downloads stream
-- them after the portal's reads have found the file the partner's).
GRANT SELECT, INSERT, UPDATE ON attachments TO crm_portal;--> statement-breakpoint
GRANT INSERT ON attachment_parts TO crm_portal;--> statement-breakpoint
ALTER TABLE attachments ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY partner_rows ON attachments FOR ALL TO crm_portal
  USING (appeal_id IN (SELECT id FROM appeals WHERE counterparty_id = crm_partner())
    OR claim_id IN (SELECT id FROM claims WHERE counterparty_id = crm_partner()))
  WITH CHECK (appeal_id IN (SELECT id FROM appeals WHERE counterparty_id = crm_partner())
    OR claim_id IN (SELECT id FROM claims WHERE counterparty_id = crm_partner()));--> statement-breakpoint
ALTER TABLE attachment_parts ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY partner_writes ON attachment_parts FOR INSERT TO crm_portal
  WITH CHECK (attachment_id IN (SELECT id FROM attachments));
