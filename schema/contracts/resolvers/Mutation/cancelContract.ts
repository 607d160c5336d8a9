import type { MutationResolvers } from './../../../types.generated';
import { cancelContract as run } from '../../../../src/modules/contracts/contracts.service';

export const cancelContract: NonNullable<MutationResolvers['cancelContract']> = (_parent, { input }, ctx) => run(ctx, input);
