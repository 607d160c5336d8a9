import type { MutationResolvers } from './../../../types.generated.js';
import { createContractTemplate as run } from '../../../../src/modules/contracts/contracts.service.js';

export const createContractTemplate: NonNullable<MutationResolvers['createContractTemplate']> = (_parent, { input }, ctx) => run(ctx, input);
