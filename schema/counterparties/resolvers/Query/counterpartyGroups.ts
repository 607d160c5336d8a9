import type { QueryResolvers } from './../../../types.generated';
import { counterpartyGroups as groups } from '../../../../src/modules/counterparties/groups.service';

export const counterpartyGroups: NonNullable<QueryResolvers['counterpartyGroups']> = (_parent, _args, ctx) => groups.roots(ctx);
