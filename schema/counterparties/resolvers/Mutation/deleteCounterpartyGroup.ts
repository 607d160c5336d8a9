import type { MutationResolvers } from './../../../types.generated.js';
import { counterpartyGroups } from '../../../../src/modules/counterparties/groups.service.js';

export const deleteCounterpartyGroup: NonNullable<MutationResolvers['deleteCounterpartyGroup']> = (_parent, { input }, ctx) => counterpartyGroups.remove(ctx, input);
