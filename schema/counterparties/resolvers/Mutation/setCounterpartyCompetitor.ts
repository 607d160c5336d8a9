import type { MutationResolvers } from './../../../types.generated';
import { setCompetitor } from '../../../../src/modules/counterparties/card.service';

export const setCounterpartyCompetitor: NonNullable<MutationResolvers['setCounterpartyCompetitor']> = (_parent, { input }, ctx) => setCompetitor(ctx, input);
