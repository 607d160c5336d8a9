import type { MutationResolvers } from './../../../types.generated';
import { updateObject } from '../../../../src/modules/counterparties/card.service';

export const updateCounterpartyObject: NonNullable<MutationResolvers['updateCounterpartyObject']> = (_parent, { input }, ctx) => updateObject(ctx, input);
