import type { MutationResolvers } from './../../../types.generated';
import { recordFulfilment as run } from '../../../../src/modules/obligations/obligations.service';

export const recordObligationFulfilment: NonNullable<MutationResolvers['recordObligationFulfilment']> = (_parent, { input }, ctx) => run(ctx, input);
