import type { ServiceCardGroupResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { serviceCardGroups } from '../../../src/modules/service-cards/groups.service.js';

export const ServiceCardGroup: ServiceCardGroupResolvers = {
  id: ({ id }) => toGlobalId('ServiceCardGroup', id),
  parent: ({ parentId }, _args, ctx) => (parentId === null ? null : ctx.loaders.serviceCards.groups.byId.load(parentId)),
  children: ({ id }, _args, ctx) => ctx.loaders.serviceCards.groups.children.load(id),
  path: (group, _args, ctx) => serviceCardGroups.path(ctx, group),
};
