import type { ClaimResolvers } from './../../types.generated.js';

export const Claim: Pick<ClaimResolvers, 'linkedTasks'|'tasks'|'__isTypeOf'> = {
  tasks: ({ id }, _args, ctx) => ctx.loaders.tasks.byClaimId.load(id),
  linkedTasks: ({ id }, _args, ctx) => ctx.loaders.tasks.byClaimId.load(id),
};
