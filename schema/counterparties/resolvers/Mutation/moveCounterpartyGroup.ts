import type { MutationResolvers } from './../../../types.generated';
import { counterpartyGroups } from '../../../../src/modules/counterparties/groups.service';

export const moveCounterpartyGroup: NonNullable<MutationResolvers['moveCounterpartyGroup']> = (_parent, { input }, ctx) => counterpartyGroups.move(ctx, input);
