import type { MutationResolvers } from './../../../types.generated.js';
import { counterpartyGroups } from '../../../../src/modules/counterparties/groups.service.js';

export const renameCounterpartyGroup: NonNullable<MutationResolvers['renameCounterpartyGroup']> = (_parent, { input }, ctx) => counterpartyGroups.rename(ctx, input);
