import type { MutationResolvers } from './../../../types.generated';
import { postContract as run } from '../../../../src/modules/contracts/contracts.service';

export const postContract: NonNullable<MutationResolvers['postContract']> = (_parent, { input }, ctx) => run(ctx, input);
