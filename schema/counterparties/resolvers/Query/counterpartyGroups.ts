import type { QueryResolvers } from './../../../types.generated';
import { rootGroups } from '../../../../src/modules/counterparties/groups.service';

export const counterpartyGroups: NonNullable<QueryResolvers['counterpartyGroups']> = (_parent, _args, ctx) => rootGroups(ctx);
