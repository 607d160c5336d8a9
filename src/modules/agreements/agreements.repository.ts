import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { selectConnection } from '../../db/paging.js';
import { allColumnsOf, rowsByIds, rowsByParents } from '../../db/json-rows.js';
import { rowAtVersion, updateVersioned } from '../../db/versioned.js';
import { agreementGroupDiscounts, agreements, type AgreementRow } from '../../db/schema/index.js';
import { sortBy, type PageArgs, type SortKey } from '../../lib/connection.js';
import type { UniqueFields } from '../../lib/write.js';

export type AgreementInsert = typeof agreements.$inferInsert;
export type AgreementKind = AgreementRow['kind'];
export type AgreementStatus = AgreementRow['status'];

/** The unique constraints an agreement write can break through its input. */
export const uniqueFields: UniqueFields = {
  agreements_external_id_key: { field: 'externalId', message: 'Another agreement already has this externalId.' },
};

export const agreementAtVersion = (db: Database, id: number, expectedVersion: number) =>
  rowAtVersion(db, agreements, id, expectedVersion);

/** An agreement filter with ids already decoded; every given condition must hold. */
export interface AgreementFilter {
  kinds?: AgreementKind[] | null;
  statuses?: AgreementStatus[] | null;
  segment?: string | null;
  counterpartyId?: number | null;
}

const byName: SortKey<AgreementRow>[] = [
  sortBy.text<AgreementRow>(agreements.name, (row) => row.name),
  sortBy.id<AgreementRow>(agreements.id),
];

function conditions(filter: AgreementFilter): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  if (filter.kinds) where.push(inArray(agreements.kind, filter.kinds));
  if (filter.statuses) where.push(inArray(agreements.status, filter.statuses));
  if (filter.segment != null) where.push(eq(agreements.segment, filter.segment));
  if (filter.counterpartyId != null) where.push(eq(agreements.counterpartyId, filter.counterpartyId));
  return and(...where);
}

export const listAgreements = (db: Database, filter: AgreementFilter, args: PageArgs) =>
  selectConnection(db, allColumnsOf(agreements), conditions(filter), byName, args);

export const agreementsByIds = (db: Database, ids: readonly number[]) =>
  rowsByIds(db, agreements, ids);

export async function agreementById(db: Database, id: number): Promise<AgreementRow | null> {
  const [row] = await db.select().from(agreements).where(eq(agreements.id, id));
  return row ?? null;
}

/** The individual agreements of all `counterpartyIds`, each counterparty's by name, then id. */
export const byCounterparties = (db: Database, counterpartyIds: readonly number[]) =>
  rowsByParents(db, agreements, agreements.counterpartyId, counterpartyIds, [asc(agreements.name), asc(agreements.id)]);

/** The individual agreements made from each of `baseIds`, by name, then id. */
export const byBases = (db: Database, baseIds: readonly number[]) =>
  rowsByParents(db, agreements, agreements.baseAgreementId, baseIds, [asc(agreements.name), asc(agreements.id)]);

/** The group discount rows stored on each of `agreementIds`. */
export const discountsByAgreementIds = (db: Database, agreementIds: readonly number[]) =>
  rowsByParents(db, agreementGroupDiscounts, agreementGroupDiscounts.agreementId, agreementIds, [asc(agreementGroupDiscounts.productGroupId)]);

export async function insertAgreement(db: Database, values: AgreementInsert): Promise<AgreementRow> {
  const [row] = await db.insert(agreements).values(values).returning();
  return row;
}

/** Replaces the agreement's own group discount rows with `rows`. */
export async function replaceDiscounts(
  db: Database, agreementId: number, rows: { productGroupId: number; discountPercent: string }[],
): Promise<void> {
  await db.delete(agreementGroupDiscounts).where(eq(agreementGroupDiscounts.agreementId, agreementId));
  if (rows.length > 0) await db.insert(agreementGroupDiscounts).values(rows.map((row) => ({ ...row, agreementId })));
}

/** Applies `values` if the agreement is still at `expectedVersion` (see updateVersioned). */
export const updateAgreement = (db: Database, id: number, expectedVersion: number, values: Partial<AgreementInsert>) =>
  updateVersioned(db, agreements, id, expectedVersion, values);
