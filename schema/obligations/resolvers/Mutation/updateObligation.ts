import type { MutationResolvers } from './../../../types.generated';
import { updateObligation as run } from '../../../../src/modules/obligations/obligations.service';

export const updateObligation: NonNullable<MutationResolvers['updateObligation']> = (_parent, { input }, ctx) => run(ctx, input);
