import type { MutationResolvers } from './../../../types.generated.js';
import { counterpartyGroups } from '../../../../src/modules/counterparties/groups.service.js';

export const createCounterpartyGroup: NonNullable<MutationResolvers['createCounterpartyGroup']> = (_parent, { input }, ctx) => counterpartyGroups.create(ctx, input);
