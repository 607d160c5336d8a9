import type { CounterpartyGroupResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { counterpartyGroups } from '../../../src/modules/counterparties/groups.service.js';

export const CounterpartyGroup: CounterpartyGroupResolvers = {
  id: ({ id }) => toGlobalId('CounterpartyGroup', id),
  parent: ({ parentId }, _args, ctx) => (parentId === null ? null : ctx.loaders.counterparties.groups.byId.load(parentId)),
  children: ({ id }, _args, ctx) => ctx.loaders.counterparties.groups.children.load(id),
  path: (group, _args, ctx) => counterpartyGroups.path(ctx, group),
};
