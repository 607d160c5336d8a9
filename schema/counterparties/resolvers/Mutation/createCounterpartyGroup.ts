import type { MutationResolvers } from './../../../types.generated';
import { createGroup } from '../../../../src/modules/counterparties/groups.service';

export const createCounterpartyGroup: NonNullable<MutationResolvers['createCounterpartyGroup']> = (_parent, { input }, ctx) => createGroup(ctx, input);
