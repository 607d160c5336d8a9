import type { MutationResolvers } from './../../../types.generated';
import { deleteObject } from '../../../../src/modules/counterparties/card.service';

export const deleteCounterpartyObject: NonNullable<MutationResolvers['deleteCounterpartyObject']> = (_parent, { input }, ctx) => deleteObject(ctx, input);
