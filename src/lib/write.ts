import type { Database } from '../db/client.js';
import { isUniqueViolation, missingReferenceField } from '../db/errors.js';
import type { VersionedRow } from '../db/versioned.js';
import { notFound, staleVersion } from './errors.js';
import { failed, InputErrors, type UserError } from './user-errors.js';

/** What the violation of a unique constraint tells the client: the input field at fault and why. */
export interface UniqueField {
  field: string;
  message: string;
}

/**
 * A repository's unique constraints whose violation is the client's mistake, by constraint name.
 * The repository owns the names; services only pass its map on.
 */
export type UniqueFields = Readonly<Record<string, UniqueField>>;

/** Thrown inside the transaction to roll it back once `write` has refused with user errors. */
class Refused extends Error {}

/**
 * The one way a service writes. Runs `write` in one transaction and answers what it answered, or
 * null with the reasons in `errors`, nothing written, when:
 * - `write` refuses: it answers null, or leaves user errors in `errors` (a check made under the
 *   transaction's locks, a conditional update that matched nothing);
 * - a statement violates one of `uniques`: a DUPLICATE user error on its field, so the constraint,
 *   not a racy read before it, has the last word;
 * - a statement references a record deleted meanwhile: a NOT_FOUND user error on that field.
 * Anything else thrown (a stale version's CONFLICT, NOT_FOUND on the input's id) rolls back too and
 * reaches the client as the error it is.
 */
export async function writeInTransaction<T>(
  db: Database, errors: InputErrors, uniques: UniqueFields, write: (tx: Database) => Promise<T | null>,
): Promise<T | null> {
  try {
    return await db.transaction(async (tx) => {
      const result = await write(tx);
      if (result === null || errors.any) throw new Refused();
      return result;
    });
  } catch (error) {
    if (error instanceof Refused) return null;
    const unique = Object.entries(uniques).find(([constraint]) => isUniqueViolation(error, constraint))?.[1];
    if (unique) {
      errors.add([unique.field], 'DUPLICATE', unique.message);
      return null;
    }
    const field = missingReferenceField(error);
    if (field) {
      errors.add([field], 'NOT_FOUND', `The record given in ${field} no longer exists.`);
      return null;
    }
    throw error;
  }
}

/** A mutation's answer: the record written under its payload field, or the user errors. */
export type Payload<Key extends string, Row> = Partial<Record<Key, Row>> & { userErrors: UserError[] };

/**
 * A module's writer: runs a write as `writeInTransaction` does and answers the payload
 * `{ [key]: row, userErrors: [] }`, after `remember` has told the request's loaders about the row
 * (later fields of the same request read what was saved), or `{ userErrors }`.
 */
export function payloadWriter<Ctx extends { db: Database }, Row, Key extends string>(
  key: Key, uniques: UniqueFields, remember: (ctx: Ctx, row: Row) => void,
) {
  return async (ctx: Ctx, errors: InputErrors, write: (tx: Database) => Promise<Row | null>): Promise<Payload<Key, Row>> => {
    const row = await writeInTransaction(ctx.db, errors, uniques, write);
    if (row === null) return failed(errors) as Payload<Key, Row>;
    remember(ctx, row);
    return { [key]: row, userErrors: [] } as unknown as Payload<Key, Row>;
  };
}

/**
 * The row a versioned read or update found; a missing row is NOT_FOUND on the input's id field,
 * a version other than the one the client read a CONFLICT on `expectedVersion`.
 */
export function versionedRow<Row>(
  result: VersionedRow<Row>, type: string, expectedVersion: number | null | undefined, idField = 'id',
): Row {
  if (result.status === 'missing') throw notFound(type, ['input', idField]);
  if (result.status === 'stale') throw staleVersion(type, expectedVersion ?? 0, result.currentVersion);
  return result.row;
}

/** A record that is archived (kept, out of everyday lists) rather than deleted, and may be restored. */
export interface Archivable<Row> {
  /** GraphQL type, for NOT_FOUND and CONFLICT: "Product". */
  type: string;
  /** What it is called in messages: "product". */
  noun: string;
  atVersion(db: Database, id: number, expectedVersion: number): Promise<VersionedRow<Row>>;
  update(db: Database, id: number, expectedVersion: number, values: { archivedAt: Date | null }): Promise<VersionedRow<Row>>;
}

/**
 * Archives (`archive` true) or restores the record `key` at the version the client read: an
 * INVALID_STATE user error when it already is so, else one versioned write of its `archivedAt`
 * through the module's writer.
 */
export async function writeArchived<Ctx extends { db: Database }, Row extends { archivedAt: Date | null }, Key extends string>(
  ctx: Ctx, key: number, expectedVersion: number, archive: boolean, record: Archivable<Row>,
  save: (ctx: Ctx, errors: InputErrors, write: (tx: Database) => Promise<Row | null>) => Promise<Payload<Key, Row>>,
): Promise<Payload<Key, Row>> {
  const errors = new InputErrors();
  const current = versionedRow(await record.atVersion(ctx.db, key, expectedVersion), record.type, expectedVersion);
  if ((current.archivedAt !== null) === archive) {
    errors.add(['id'], 'INVALID_STATE', archive ? `The ${record.noun} is already archived.` : `The ${record.noun} is not archived.`);
    return failed(errors) as Payload<Key, Row>;
  }
  return save(ctx, errors, async (tx) =>
    versionedRow(await record.update(tx, key, expectedVersion, { archivedAt: archive ? new Date() : null }), record.type, expectedVersion));
}
