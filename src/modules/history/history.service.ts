import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import type { FieldChange, RecordHistoryRow } from '../../db/schema/index.js';
import { readPage, type Connection, type PageArgs } from '../../lib/connection.js';
import { badInput } from '../../lib/errors.js';
import { decodeGlobalId, referenceKeyOrThrow } from '../../lib/global-id.js';
import { selectionOf, type Selection } from '../../lib/selection.js';
import { fetchNodeOf } from '../../nodes.js';
import { requireRole } from '../auth/viewer.js';
import * as repository from './history.repository.js';

/** `recordHistory`'s filter as the client sends it. */
export interface RecordHistoryFilterInput {
  recordType?: string | null;
  recordId?: string | null;
  employeeId?: string | null;
  apiKeyId?: string | null;
  operation?: repository.HistoryOperation | null;
  from?: Date | null;
  to?: Date | null;
}

const isLoggedType = (type: string): type is repository.LoggedType => (repository.LOGGED_TYPES as readonly string[]).includes(type);

function readFilter(where: RecordHistoryFilterInput | null | undefined): repository.HistoryFilter {
  if (!where) return {};
  let recordType: repository.LoggedType | null = null;
  if (where.recordType != null) {
    if (!isLoggedType(where.recordType)) {
      throw badInput(`recordType must be one of ${repository.LOGGED_TYPES.join(', ')}; got "${where.recordType}".`, ['where', 'recordType']);
    }
    recordType = where.recordType;
  }
  let recordId: number | null = null;
  if (where.recordId != null) {
    const decoded = decodeGlobalId(where.recordId);
    if (!decoded || !isLoggedType(decoded.type)) throw badInput(`"${where.recordId}" is not the id of a record the audit log keeps.`, ['where', 'recordId']);
    if (recordType !== null && decoded.type !== recordType) {
      throw badInput(`recordId is a ${decoded.type}'s id, but recordType is ${recordType}.`, ['where', 'recordId']);
    }
    recordType = decoded.type;
    recordId = decoded.key;
  }
  return {
    recordType,
    recordId,
    employeeId: referenceKeyOrThrow(where.employeeId, 'Employee', ['where', 'employeeId']),
    apiKeyId: referenceKeyOrThrow(where.apiKeyId, 'ApiKey', ['where', 'apiKeyId']),
    operation: where.operation,
    from: where.from,
    to: where.to,
  };
}

/** The audit log across records, newest first. ADMIN only. */
export function listRecordHistory(ctx: Context, where: RecordHistoryFilterInput | null | undefined, args: PageArgs) {
  requireRole(ctx.viewer, 'ADMIN');
  return repository.listHistory(ctx.db, readFilter(where), args);
}

/**
 * The `history` of a record of any audited type: one page per record, read together with the
 * other records of the same field of the request (one statement per level).
 */
export function historyOf(
  ctx: Context, recordType: repository.LoggedType, recordId: number, args: PageArgs, selected: Selection,
): Promise<Connection<RecordHistoryRow>> {
  return ctx.loaders.history.byRecord.at(selected, () => ({ recordType, page: readPage(args, repository.historyOrder) })).load(recordId);
}

/** The resolver of `history` on every audited type: one for all, given the type's name. */
export const historyField = (recordType: repository.LoggedType) =>
  ({ id }: { id: number }, args: PageArgs, ctx: Context, info: GraphQLResolveInfo) =>
    historyOf(ctx, recordType, id, args, selectionOf(info, []));

const camelCase = (column: string) => column.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());

/** A log entry's changed fields as the API shows them: camelCase names, in name order. */
export function changesOf(row: Pick<RecordHistoryRow, 'operation' | 'changes'>): { field: string; oldValue: unknown; newValue: unknown }[] {
  const pairOf = (value: unknown): FieldChange =>
    (row.operation === 'CREATE' ? { old: null, new: value } : row.operation === 'DELETE' ? { old: value, new: null } : value as FieldChange);
  return Object.entries(row.changes)
    .map(([column, value]) => ({ field: camelCase(column), ...pairOf(value) }))
    .map(({ field, old, new: changed }) => ({ field, oldValue: old, newValue: changed }))
    .sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
}

/** The record an entry is about, as it is now (null once deleted). */
export const recordOf = (ctx: Context, row: RecordHistoryRow) => fetchNodeOf(ctx, row.recordType, row.recordId);
