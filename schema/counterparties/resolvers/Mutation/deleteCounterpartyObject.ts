import type { MutationResolvers } from './../../../types.generated.js';
import { deleteObject } from '../../../../src/modules/counterparties/card.service.js';

export const deleteCounterpartyObject: NonNullable<MutationResolvers['deleteCounterpartyObject']> = (_parent, { input }, ctx) => deleteObject(ctx, input);
