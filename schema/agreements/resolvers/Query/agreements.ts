import type { QueryResolvers } from './../../../types.generated';
import { listAgreements } from '../../../../src/modules/agreements/agreements.service';

export const agreements: NonNullable<QueryResolvers['agreements']> = (_parent, { where, ...page }, ctx) =>
  listAgreements(ctx, where, page);
