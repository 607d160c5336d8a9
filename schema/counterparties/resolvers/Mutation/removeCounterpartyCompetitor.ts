import type { MutationResolvers } from './../../../types.generated';
import { removeCompetitor } from '../../../../src/modules/counterparties/card.service';

export const removeCounterpartyCompetitor: NonNullable<MutationResolvers['removeCounterpartyCompetitor']> = (_parent, { input }, ctx) => removeCompetitor(ctx, input);
