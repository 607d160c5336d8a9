import type { MutationResolvers } from './../../../types.generated';
import { createContract as run } from '../../../../src/modules/contracts/contracts.service';

export const createContract: NonNullable<MutationResolvers['createContract']> = (_parent, { input }, ctx) => run(ctx, input);
