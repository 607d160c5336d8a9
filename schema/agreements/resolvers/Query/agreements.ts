import type { QueryResolvers } from './../../../types.generated.js';
import { listAgreements } from '../../../../src/modules/agreements/agreements.service.js';

export const agreements: NonNullable<QueryResolvers['agreements']> = (_parent, { where, ...page }, ctx) =>
  listAgreements(ctx, where, page);
