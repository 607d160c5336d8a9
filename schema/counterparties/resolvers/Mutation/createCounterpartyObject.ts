import type { MutationResolvers } from './../../../types.generated';
import { createObject } from '../../../../src/modules/counterparties/card.service';

export const createCounterpartyObject: NonNullable<MutationResolvers['createCounterpartyObject']> = (_parent, { input }, ctx) => createObject(ctx, input);
