import type { MutationResolvers } from './../../../types.generated.js';
import { removeCompetitor } from '../../../../src/modules/counterparties/card.service.js';

export const removeCounterpartyCompetitor: NonNullable<MutationResolvers['removeCounterpartyCompetitor']> = (_parent, { input }, ctx) => removeCompetitor(ctx, input);
