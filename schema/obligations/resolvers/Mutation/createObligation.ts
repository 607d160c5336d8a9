import type { MutationResolvers } from './../../../types.generated';
import { createObligation as run } from '../../../../src/modules/obligations/obligations.service';

export const createObligation: NonNullable<MutationResolvers['createObligation']> = (_parent, { input }, ctx) => run(ctx, input);
