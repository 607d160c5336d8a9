import type { MutationResolvers } from './../../../types.generated.js';
import { updateContract as run } from '../../../../src/modules/contracts/contracts.service.js';

export const updateContract: NonNullable<MutationResolvers['updateContract']> = (_parent, { input }, ctx) => run(ctx, input);
