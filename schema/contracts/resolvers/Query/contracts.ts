import type { QueryResolvers } from './../../../types.generated.js';
import { listContracts } from '../../../../src/modules/contracts/contracts.service.js';

export const contracts: NonNullable<QueryResolvers['contracts']> = (_parent, { where, ...page }, ctx) =>
  listContracts(ctx, where, page);
