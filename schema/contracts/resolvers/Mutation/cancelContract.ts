import type { MutationResolvers } from './../../../types.generated.js';
import { cancelContract as run } from '../../../../src/modules/contracts/contracts.service.js';

export const cancelContract: NonNullable<MutationResolvers['cancelContract']> = (_parent, { input }, ctx) => run(ctx, input);
