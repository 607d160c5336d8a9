import type { MutationResolvers } from './../../../types.generated.js';
import { updateObligation as run } from '../../../../src/modules/obligations/obligations.service.js';

export const updateObligation: NonNullable<MutationResolvers['updateObligation']> = (_parent, { input }, ctx) => run(ctx, input);
