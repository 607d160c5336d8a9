import type { QueryResolvers } from './../../../types.generated';
import { requireKey } from '../../../../src/lib/global-id';

export const counterparty: NonNullable<QueryResolvers['counterparty']> = (_parent, { id }, ctx) =>
  ctx.loaders.counterpartyById.load(requireKey(id, 'Counterparty', ['id']));
