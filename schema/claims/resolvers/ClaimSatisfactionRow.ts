import type { ClaimSatisfactionRowResolvers } from './../../types.generated.js';

export const ClaimSatisfactionRow: ClaimSatisfactionRowResolvers = {
  cause: ({ causeId }, _args, ctx) => (causeId === null ? null : ctx.loaders.claims.causes.byId.load(causeId)),
};
