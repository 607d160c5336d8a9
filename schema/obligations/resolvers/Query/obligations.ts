import type { QueryResolvers } from './../../../types.generated.js';
import { listObligations } from '../../../../src/modules/obligations/obligations.service.js';

export const obligations: NonNullable<QueryResolvers['obligations']> = (_parent, { where, ...page }, ctx) =>
  listObligations(ctx, where, page);
