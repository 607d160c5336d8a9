import type { QueryResolvers } from './../../../types.generated.js';
import { requireKey } from '../../../../src/lib/global-id.js';

export const counterparty: NonNullable<QueryResolvers['counterparty']> = (_parent, { id }, ctx) =>
  ctx.loaders.counterparties.byId.load(requireKey(id, 'Counterparty', ['id']));
