import type { QueryResolvers } from './../../../types.generated.js';
import { selectionOf } from '../../../../src/lib/selection.js';
import { listCounterparties } from '../../../../src/modules/counterparties/counterparties.service.js';

export const counterparties: NonNullable<QueryResolvers['counterparties']> = (_parent, { where, orderBy, ...page }, ctx, info) =>
  listCounterparties(ctx, where, orderBy ?? [], page, selectionOf(info, ['edges', 'node']));
