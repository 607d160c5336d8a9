import type { ClaimTaskResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { taskStatus } from '../../../src/modules/claims/claims.service.js';

export const ClaimTask: ClaimTaskResolvers = {
  id: ({ id }) => toGlobalId('ClaimTask', id),
  claim: async ({ claimId }, _args, ctx) => (await ctx.loaders.claims.byId.load(claimId))!,
  assignee: ({ assigneeId }, _args, ctx) => (assigneeId === null ? null : ctx.loaders.catalogues.employeeById.load(assigneeId)),
  status: (task) => taskStatus(task),
};
