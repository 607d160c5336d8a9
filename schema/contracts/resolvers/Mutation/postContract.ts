import type { MutationResolvers } from './../../../types.generated.js';
import { postContract as run } from '../../../../src/modules/contracts/contracts.service.js';

export const postContract: NonNullable<MutationResolvers['postContract']> = (_parent, { input }, ctx) => run(ctx, input);
