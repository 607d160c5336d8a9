import type { MutationResolvers } from './../../../types.generated.js';
import { counterpartyGroups } from '../../../../src/modules/counterparties/groups.service.js';

export const moveCounterpartyGroup: NonNullable<MutationResolvers['moveCounterpartyGroup']> = (_parent, { input }, ctx) => counterpartyGroups.move(ctx, input);
