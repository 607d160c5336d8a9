import type { MutationResolvers } from './../../../types.generated';
import { updateContract as run } from '../../../../src/modules/contracts/contracts.service';

export const updateContract: NonNullable<MutationResolvers['updateContract']> = (_parent, { input }, ctx) => run(ctx, input);
