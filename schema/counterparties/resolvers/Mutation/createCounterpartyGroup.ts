import type { MutationResolvers } from './../../../types.generated';
import { counterpartyGroups } from '../../../../src/modules/counterparties/groups.service';

export const createCounterpartyGroup: NonNullable<MutationResolvers['createCounterpartyGroup']> = (_parent, { input }, ctx) => counterpartyGroups.create(ctx, input);
