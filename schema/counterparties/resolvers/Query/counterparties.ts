import type { QueryResolvers } from './../../../types.generated.js';
import { referenceKeyOrThrow } from '../../../../src/lib/global-id.js';
import { selectionOf } from '../../../../src/lib/selection.js';
import { listCounterparties } from '../../../../src/modules/counterparties/counterparties.service.js';

export const counterparties: NonNullable<QueryResolvers['counterparties']> = (_parent, { where, orderBy, ...page }, ctx, info) =>
  listCounterparties(ctx, {
    ...where,
    groupId: referenceKeyOrThrow(where?.groupId, 'CounterpartyGroup', ['where', 'groupId']),
    responsibleEmployeeId: referenceKeyOrThrow(where?.responsibleEmployeeId, 'Employee', ['where', 'responsibleEmployeeId']),
    informationSourceId: referenceKeyOrThrow(where?.informationSourceId, 'InformationSource', ['where', 'informationSourceId']),
    // The schema's default hides archived counterparties even when no filter is given.
    archived: where ? where.archived : false,
  }, orderBy ?? [], page, selectionOf(info, ['edges', 'node']));
