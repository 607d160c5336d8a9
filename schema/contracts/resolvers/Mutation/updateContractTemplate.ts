import type { MutationResolvers } from './../../../types.generated';
import { updateContractTemplate as run } from '../../../../src/modules/contracts/contracts.service';

export const updateContractTemplate: NonNullable<MutationResolvers['updateContractTemplate']> = (_parent, { input }, ctx) => run(ctx, input);
