import type { ChronicleEntryResolvers } from './../../types.generated.js';

export const ChronicleEntry: Pick<ChronicleEntryResolvers, 'claim'|'__isTypeOf'> = {
  claim: ({ claimId }, _args, ctx) => (claimId == null ? null : ctx.loaders.claims.byId.load(claimId)),
};
