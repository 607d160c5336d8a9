import type { MutationResolvers } from './../../../types.generated';
import { deleteGroup } from '../../../../src/modules/counterparties/groups.service';

export const deleteCounterpartyGroup: NonNullable<MutationResolvers['deleteCounterpartyGroup']> = (_parent, { input }, ctx) => deleteGroup(ctx, input);
