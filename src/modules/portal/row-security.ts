import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { actorSettings } from '../../db/request-scope.js';

/**
 * Runs `work` in one transaction as the database role `crm_portal`, with the partner's
 * counterparty id in `crm.partner_id`: PostgreSQL's row-level security policies
 * (drizzle/0011_portal_row_security.sql) then show the partner's rows only, and the role holds
 * no grant on any table the portal does not show. A second wall under `partner-scope.ts`, so a
 * portal read that forgot its partner still reads nothing of anyone else's. With `apiKeyId`, the
 * partner's key is who the audit log records for what the transaction writes (an appeal, a claim),
 * in the same statement.
 */
export function asPartner<T>(db: Database, partnerId: number, work: (db: Database) => Promise<T>, apiKeyId: number | null = null): Promise<T> {
  return db.transaction(async (tx) => {
    // All local to the transaction: the connection goes back to the pool as it came.
    await tx.execute(sql`select set_config('role', 'crm_portal', true), set_config('crm.partner_id', ${String(partnerId)}, true)${
      apiKeyId === null ? sql`` : sql`, ${actorSettings({ apiKeyId, employeeId: null })}`}`);
    return work(tx);
  });
}
