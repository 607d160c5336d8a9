import type { MutationResolvers } from './../../../types.generated';
import { cancelObligation as run } from '../../../../src/modules/obligations/obligations.service';

export const cancelObligation: NonNullable<MutationResolvers['cancelObligation']> = (_parent, { input }, ctx) => run(ctx, input);
