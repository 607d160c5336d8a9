import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { selectConnection } from '../../db/paging.js';
import { allColumnsOf, rowsByIds, rowsByKeys, rowsByParents } from '../../db/json-rows.js';
import { rowAtVersion, updateVersioned } from '../../db/versioned.js';
import {
  contractLines, contracts, contractTemplates, type ContractRow,
} from '../../db/schema/index.js';
import { sortBy, type PageArgs, type SortKey } from '../../lib/connection.js';
import type { UniqueFields } from '../../lib/write.js';

/** The unique constraints a contract or template write can break through its input. */
export const uniqueFields: UniqueFields = {
  contracts_counterparty_number_key: { field: 'number', message: 'This counterparty already has a contract with this number.' },
  contracts_external_id_key: { field: 'externalId', message: 'Another contract already has this externalId.' },
};

export const templateUniqueFields: UniqueFields = {
  contract_templates_name_key: { field: 'name', message: 'Another contract template has this name.' },
};

export type ContractInsert = typeof contracts.$inferInsert;
export type ContractStatus = ContractRow['status'];
export type ContractLineInsert = Omit<typeof contractLines.$inferInsert, 'contractId' | 'id'>;
export type ContractTemplateInsert = typeof contractTemplates.$inferInsert;

/** A contract filter with ids already decoded; every given condition must hold. */
export interface ContractFilter {
  counterpartyId?: number | null;
  agreementId?: number | null;
  statuses?: ContractStatus[] | null;
}

/** Newest first: by date descending, then id descending. */
const byDate: SortKey<ContractRow>[] = [
  { name: 'contracts.date', column: contracts.date, type: 'date', descending: true, valueOf: (row) => row.date },
  sortBy.id<ContractRow>(contracts.id, true),
];

function conditions(filter: ContractFilter): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  if (filter.counterpartyId != null) where.push(eq(contracts.counterpartyId, filter.counterpartyId));
  if (filter.agreementId != null) where.push(eq(contracts.agreementId, filter.agreementId));
  if (filter.statuses) where.push(inArray(contracts.status, filter.statuses));
  return and(...where);
}

export const listContracts = (db: Database, filter: ContractFilter, args: PageArgs) =>
  selectConnection(db, allColumnsOf(contracts), conditions(filter), byDate, args);

export const contractsByIds = (db: Database, ids: readonly number[]) =>
  rowsByIds(db, contracts, ids);

/** For imports: the contracts with these external ids. */
export const byExternalIds = (db: Database, externalIds: readonly string[]) =>
  rowsByKeys(db, contracts, contracts.externalId, externalIds);

export const contractAtVersion = (db: Database, id: number, expectedVersion: number) =>
  rowAtVersion(db, contracts, id, expectedVersion);

/** The contracts of all `counterpartyIds`, each counterparty's newest first. */
export const byCounterparties = (db: Database, counterpartyIds: readonly number[]) =>
  rowsByParents(db, contracts, contracts.counterpartyId, counterpartyIds, [desc(contracts.date), desc(contracts.id)]);

/** The contracts under each of `agreementIds`, newest first. */
export const byAgreements = (db: Database, agreementIds: readonly number[]) =>
  rowsByParents(db, contracts, contracts.agreementId, agreementIds, [desc(contracts.date), desc(contracts.id)]);

/** The lines of each of `contractIds`, by line number. */
export const linesByContracts = (db: Database, contractIds: readonly number[]) =>
  rowsByParents(db, contractLines, contractLines.contractId, contractIds, [asc(contractLines.lineNo)]);

export async function insertContract(db: Database, values: ContractInsert): Promise<ContractRow> {
  const [row] = await db.insert(contracts).values(values).returning();
  return row;
}

/** Replaces all lines of the contract with `lines`, numbered 1, 2, ... in list order. */
export async function replaceLines(db: Database, contractId: number, lines: readonly ContractLineInsert[]): Promise<void> {
  await db.delete(contractLines).where(eq(contractLines.contractId, contractId));
  if (lines.length > 0) await db.insert(contractLines).values(lines.map((line) => ({ ...line, contractId })));
}

/** Applies `values` if the contract is still at `expectedVersion` (see updateVersioned). */
export const updateContract = (db: Database, id: number, expectedVersion: number, values: Partial<ContractInsert>) =>
  updateVersioned(db, contracts, id, expectedVersion, values);

export const allTemplates = (db: Database) =>
  db.select().from(contractTemplates).orderBy(asc(contractTemplates.name), asc(contractTemplates.id));

export const templatesByIds = (db: Database, ids: readonly number[]) =>
  rowsByIds(db, contractTemplates, ids);

export async function templateById(db: Database, id: number) {
  const [row] = await db.select().from(contractTemplates).where(eq(contractTemplates.id, id));
  return row ?? null;
}

export async function insertTemplate(db: Database, values: ContractTemplateInsert) {
  const [row] = await db.insert(contractTemplates).values(values).returning();
  return row;
}

export const updateTemplate = (db: Database, id: number, expectedVersion: number, values: Partial<ContractTemplateInsert>) =>
  updateVersioned(db, contractTemplates, id, expectedVersion, values);
