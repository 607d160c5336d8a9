import type { MutationResolvers } from './../../../types.generated';
import { counterpartyGroups } from '../../../../src/modules/counterparties/groups.service';

export const renameCounterpartyGroup: NonNullable<MutationResolvers['renameCounterpartyGroup']> = (_parent, { input }, ctx) => counterpartyGroups.rename(ctx, input);
