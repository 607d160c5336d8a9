import type { ClaimResolvers } from './../../types.generated.js';

export const Claim: Pick<ClaimResolvers, 'linkedTasks'|'__isTypeOf'> = {
  linkedTasks: ({ id }, _args, ctx) => ctx.loaders.tasks.byClaimId.load(id),
};
