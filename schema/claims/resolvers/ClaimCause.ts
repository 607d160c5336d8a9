import type { ClaimCauseResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { claimCauses } from '../../../src/modules/claims/claims.service.js';

export const ClaimCause: ClaimCauseResolvers = {
  id: ({ id }) => toGlobalId('ClaimCause', id),
  parent: ({ parentId }, _args, ctx) => (parentId === null ? null : ctx.loaders.claims.causes.byId.load(parentId)),
  children: ({ id }, _args, ctx) => ctx.loaders.claims.causes.children.load(id),
  path: (cause, _args, ctx) => claimCauses.path(ctx, cause),
};
