import type { MutationResolvers } from './../../../types.generated.js';
import { createContract as run } from '../../../../src/modules/contracts/contracts.service.js';

export const createContract: NonNullable<MutationResolvers['createContract']> = (_parent, { input }, ctx) => run(ctx, input);
