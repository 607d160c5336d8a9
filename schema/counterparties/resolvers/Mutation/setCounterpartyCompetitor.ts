import type { MutationResolvers } from './../../../types.generated.js';
import { setCompetitor } from '../../../../src/modules/counterparties/card.service.js';

export const setCounterpartyCompetitor: NonNullable<MutationResolvers['setCounterpartyCompetitor']> = (_parent, { input }, ctx) => setCompetitor(ctx, input);
