import type { MutationResolvers } from './../../../types.generated.js';
import { updateContractTemplate as run } from '../../../../src/modules/contracts/contracts.service.js';

export const updateContractTemplate: NonNullable<MutationResolvers['updateContractTemplate']> = (_parent, { input }, ctx) => run(ctx, input);
