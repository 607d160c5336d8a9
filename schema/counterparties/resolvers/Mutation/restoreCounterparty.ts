import type { MutationResolvers } from './../../../types.generated';
import { setArchived } from '../../../../src/modules/counterparties/counterparties.service';

export const restoreCounterparty: NonNullable<MutationResolvers['restoreCounterparty']> = (_parent, { input }, ctx) => setArchived(ctx, input, false);
