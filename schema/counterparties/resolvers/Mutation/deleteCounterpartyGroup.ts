import type { MutationResolvers } from './../../../types.generated';
import { counterpartyGroups } from '../../../../src/modules/counterparties/groups.service';

export const deleteCounterpartyGroup: NonNullable<MutationResolvers['deleteCounterpartyGroup']> = (_parent, { input }, ctx) => counterpartyGroups.remove(ctx, input);
