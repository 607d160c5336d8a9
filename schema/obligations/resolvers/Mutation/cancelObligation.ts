import type { MutationResolvers } from './../../../types.generated.js';
import { cancelObligation as run } from '../../../../src/modules/obligations/obligations.service.js';

export const cancelObligation: NonNullable<MutationResolvers['cancelObligation']> = (_parent, { input }, ctx) => run(ctx, input);
