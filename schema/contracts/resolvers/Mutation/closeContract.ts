import type { MutationResolvers } from './../../../types.generated.js';
import { closeContract as run } from '../../../../src/modules/contracts/contracts.service.js';

export const closeContract: NonNullable<MutationResolvers['closeContract']> = (_parent, { input }, ctx) => run(ctx, input);
