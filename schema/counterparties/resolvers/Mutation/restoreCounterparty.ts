import type { MutationResolvers } from './../../../types.generated.js';
import { setArchived } from '../../../../src/modules/counterparties/counterparties.service.js';

export const restoreCounterparty: NonNullable<MutationResolvers['restoreCounterparty']> = (_parent, { input }, ctx) => setArchived(ctx, input, false);
