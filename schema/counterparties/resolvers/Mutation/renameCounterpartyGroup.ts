import type { MutationResolvers } from './../../../types.generated';
import { renameGroup } from '../../../../src/modules/counterparties/groups.service';

export const renameCounterpartyGroup: NonNullable<MutationResolvers['renameCounterpartyGroup']> = (_parent, { input }, ctx) => renameGroup(ctx, input);
