import type { HistoryEntryResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { changesOf, recordOf } from '../../../src/modules/history/history.service.js';

export const HistoryEntry: HistoryEntryResolvers = {
  recordId: ({ recordType, recordId }) => toGlobalId(recordType, recordId),
  record: (row, _args, ctx) => recordOf(ctx, row),
  counterparty: ({ counterpartyId }, _args, ctx) => (counterpartyId === null ? null : ctx.loaders.counterparties.byId.load(counterpartyId)),
  apiKey: ({ apiKeyId }, _args, ctx) => (apiKeyId === null ? null : ctx.loaders.apiKeys.byId.load(apiKeyId)),
  apiKeyNumber: ({ apiKeyId }) => apiKeyId,
  employee: ({ employeeId }, _args, ctx) => (employeeId === null ? null : ctx.loaders.catalogues.employeeById.load(employeeId)),
  changes: (row) => changesOf(row),
};
