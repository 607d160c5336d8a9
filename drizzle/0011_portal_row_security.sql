-- The partner portal's second wall (the first is src/modules/portal/partner-scope.ts, which puts
-- the partner's id into every portal statement). Each portal request runs in a transaction as the
-- role crm_portal with crm.partner_id set to the partner's counterparty id; these policies then
-- show that role the partner's rows only, whatever a statement asks. Staff requests run as the
-- tables' owner, which row-level security does not restrict. The role is made once per cluster.
DO $$ BEGIN
  CREATE ROLE crm_portal NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;--> statement-breakpoint
GRANT crm_portal TO CURRENT_USER;--> statement-breakpoint
CREATE FUNCTION crm_partner() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('crm.partner_id', true), '')::bigint $$;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION crm_partner() TO crm_portal;--> statement-breakpoint
GRANT SELECT ON counterparties, persons, person_positions, agreements, contracts, contract_lines, orders, order_lines,
  shipments, payments, obligations, service_cards, service_visits, appeals, appeal_actions, products TO crm_portal;--> statement-breakpoint
GRANT INSERT ON appeals, appeal_actions TO crm_portal;--> statement-breakpoint
GRANT USAGE ON SEQUENCE appeal_numbers TO crm_portal;--> statement-breakpoint
ALTER TABLE counterparties ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY partner_rows ON counterparties FOR SELECT TO crm_portal USING (id = crm_partner());--> statement-breakpoint
ALTER TABLE persons ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY partner_rows ON persons FOR SELECT TO crm_portal
  USING (EXISTS (SELECT 1 FROM person_positions p WHERE p.person_id = persons.id AND p.counterparty_id = crm_partner()));--> statement-breakpoint
ALTER TABLE person_positions ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY partner_rows ON person_positions FOR SELECT TO crm_portal USING (counterparty_id = crm_partner());--> statement-breakpoint
ALTER TABLE agreements ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
-- Typical agreements are the company's terms for a segment, which an individual agreement inherits.
CREATE POLICY partner_rows ON agreements FOR SELECT TO crm_portal USING (counterparty_id = crm_partner() OR kind = 'TYPICAL');--> statement-breakpoint
ALTER TABLE contracts ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY partner_rows ON contracts FOR SELECT TO crm_portal USING (counterparty_id = crm_partner());--> statement-breakpoint
ALTER TABLE contract_lines ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY partner_rows ON contract_lines FOR SELECT TO crm_portal
  USING (contract_id IN (SELECT id FROM contracts WHERE counterparty_id = crm_partner()));--> statement-breakpoint
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY partner_rows ON orders FOR SELECT TO crm_portal USING (counterparty_id = crm_partner());--> statement-breakpoint
ALTER TABLE order_lines ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY partner_rows ON order_lines FOR SELECT TO crm_portal
  USING (order_id IN (SELECT id FROM orders WHERE counterparty_id = crm_partner()));--> statement-breakpoint
ALTER TABLE shipments ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY partner_rows ON shipments FOR SELECT TO crm_portal
  USING (order_id IN (SELECT id FROM orders WHERE counterparty_id = crm_partner()));--> statement-breakpoint
ALTER TABLE payments ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY partner_rows ON payments FOR SELECT TO crm_portal
  USING (order_id IN (SELECT id FROM orders WHERE counterparty_id = crm_partner()));--> statement-breakpoint
ALTER TABLE obligations ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY partner_rows ON obligations FOR SELECT TO crm_portal USING (counterparty_id = crm_partner());--> statement-breakpoint
ALTER TABLE service_cards ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY partner_rows ON service_cards FOR SELECT TO crm_portal USING (counterparty_id = crm_partner());--> statement-breakpoint
ALTER TABLE service_visits ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY partner_rows ON service_visits FOR SELECT TO crm_portal
  USING (card_id IN (SELECT id FROM service_cards WHERE counterparty_id = crm_partner()));--> statement-breakpoint
ALTER TABLE appeals ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY partner_rows ON appeals FOR SELECT TO crm_portal USING (counterparty_id = crm_partner());--> statement-breakpoint
CREATE POLICY partner_registers ON appeals FOR INSERT TO crm_portal
  WITH CHECK (counterparty_id = crm_partner() AND registered_via = 'PORTAL');--> statement-breakpoint
ALTER TABLE appeal_actions ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY partner_rows ON appeal_actions FOR SELECT TO crm_portal
  USING (visible_to_client AND kind <> 'ASSIGNED' AND appeal_id IN (SELECT id FROM appeals WHERE counterparty_id = crm_partner()));--> statement-breakpoint
CREATE POLICY partner_writes ON appeal_actions FOR INSERT TO crm_portal
  WITH CHECK (visible_to_client AND employee_id IS NULL AND appeal_id IN (SELECT id FROM appeals WHERE counterparty_id = crm_partner()));--> statement-breakpoint
ALTER TABLE products ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
-- Product names on the partner's documents; prices and costs are in other tables, not granted.
CREATE POLICY catalogue ON products FOR SELECT TO crm_portal USING (true);
