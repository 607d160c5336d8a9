import type { AppealTypeResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { appealTypes } from '../../../src/modules/appeals/types.service.js';

export const AppealType: AppealTypeResolvers = {
  id: ({ id }) => toGlobalId('AppealType', id),
  parent: ({ parentId }, _args, ctx) => (parentId === null ? null : ctx.loaders.appeals.types.byId.load(parentId)),
  children: ({ id }, _args, ctx) => ctx.loaders.appeals.types.children.load(id),
  path: (type, _args, ctx) => appealTypes.path(ctx, type),
};
