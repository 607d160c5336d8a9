import type { QueryResolvers } from './../../../types.generated';
import { getContract } from '../../../../src/modules/contracts/contracts.service';

export const contract: NonNullable<QueryResolvers['contract']> = (_parent, { id }, ctx) => getContract(ctx, id);
