import type { QueryResolvers } from './../../../types.generated';
import { listContracts } from '../../../../src/modules/contracts/contracts.service';

export const contracts: NonNullable<QueryResolvers['contracts']> = (_parent, { where, ...page }, ctx) =>
  listContracts(ctx, where, page);
