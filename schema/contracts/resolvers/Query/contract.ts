import type { QueryResolvers } from './../../../types.generated.js';
import { getContract } from '../../../../src/modules/contracts/contracts.service.js';

export const contract: NonNullable<QueryResolvers['contract']> = (_parent, { id }, ctx) => getContract(ctx, id);
