import type { QueryResolvers } from './../../../types.generated';
import { listObligations } from '../../../../src/modules/obligations/obligations.service';

export const obligations: NonNullable<QueryResolvers['obligations']> = (_parent, { where, ...page }, ctx) =>
  listObligations(ctx, where, page);
