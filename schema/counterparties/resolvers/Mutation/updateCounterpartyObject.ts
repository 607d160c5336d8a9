import type { MutationResolvers } from './../../../types.generated.js';
import { updateObject } from '../../../../src/modules/counterparties/card.service.js';

export const updateCounterpartyObject: NonNullable<MutationResolvers['updateCounterpartyObject']> = (_parent, { input }, ctx) => updateObject(ctx, input);
