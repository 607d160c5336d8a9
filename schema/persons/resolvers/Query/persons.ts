import type { QueryResolvers } from './../../../types.generated.js';
import { listPersons } from '../../../../src/modules/persons/persons.service.js';
import { referenceKeyOrThrow } from '../../../../src/lib/global-id.js';

export const persons: NonNullable<QueryResolvers['persons']> = (_parent, { where, ...page }, ctx) =>
  listPersons(ctx, {
    search: where?.search,
    counterpartyId: referenceKeyOrThrow(where?.counterpartyId, 'Counterparty', ['where', 'counterpartyId']),
    // An omitted `where` means the default filter, which lists active persons only.
    archived: where === undefined || where === null ? false : where.archived,
  }, page);
