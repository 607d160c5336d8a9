import type { MutationResolvers } from './../../../types.generated';
import { moveGroup } from '../../../../src/modules/counterparties/groups.service';

export const moveCounterpartyGroup: NonNullable<MutationResolvers['moveCounterpartyGroup']> = (_parent, { input }, ctx) => moveGroup(ctx, input);
