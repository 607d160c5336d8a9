import type { QueryResolvers } from './../../../types.generated.js';
import { counterpartyGroups as groups } from '../../../../src/modules/counterparties/groups.service.js';

export const counterpartyGroups: NonNullable<QueryResolvers['counterpartyGroups']> = (_parent, _args, ctx) => groups.roots(ctx);
