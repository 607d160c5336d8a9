import type { MutationResolvers } from './../../../types.generated';
import { closeContract as run } from '../../../../src/modules/contracts/contracts.service';

export const closeContract: NonNullable<MutationResolvers['closeContract']> = (_parent, { input }, ctx) => run(ctx, input);
