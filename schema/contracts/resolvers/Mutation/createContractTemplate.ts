import type { MutationResolvers } from './../../../types.generated';
import { createContractTemplate as run } from '../../../../src/modules/contracts/contracts.service';

export const createContractTemplate: NonNullable<MutationResolvers['createContractTemplate']> = (_parent, { input }, ctx) => run(ctx, input);
