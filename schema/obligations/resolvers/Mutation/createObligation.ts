import type { MutationResolvers } from './../../../types.generated.js';
import { createObligation as run } from '../../../../src/modules/obligations/obligations.service.js';

export const createObligation: NonNullable<MutationResolvers['createObligation']> = (_parent, { input }, ctx) => run(ctx, input);
