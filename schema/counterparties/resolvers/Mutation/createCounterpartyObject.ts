import type { MutationResolvers } from './../../../types.generated.js';
import { createObject } from '../../../../src/modules/counterparties/card.service.js';

export const createCounterpartyObject: NonNullable<MutationResolvers['createCounterpartyObject']> = (_parent, { input }, ctx) => createObject(ctx, input);
