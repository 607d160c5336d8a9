import type { MutationResolvers } from './../../../types.generated.js';
import { recordFulfilment as run } from '../../../../src/modules/obligations/obligations.service.js';

export const recordObligationFulfilment: NonNullable<MutationResolvers['recordObligationFulfilment']> = (_parent, { input }, ctx) => run(ctx, input);
