import type { CounterpartyGroupResolvers } from './../../types.generated';
import { toGlobalId } from '../../../src/lib/global-id';
import { groupPath } from '../../../src/modules/counterparties/groups.service';

export const CounterpartyGroup: CounterpartyGroupResolvers = {
  id: ({ id }) => toGlobalId('CounterpartyGroup', id),
  parent: ({ parentId }, _args, ctx) => (parentId === null ? null : ctx.loaders.counterpartyGroupById.load(parentId)),
  children: ({ id }, _args, ctx) => ctx.loaders.counterpartyGroupChildren.load(id),
  path: (group, _args, ctx) => groupPath(ctx, group),
};
