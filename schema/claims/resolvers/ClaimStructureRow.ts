import type { ClaimStructureRowResolvers } from './../../types.generated.js';

export const ClaimStructureRow: ClaimStructureRowResolvers = {
  departmentAtFault: ({ departmentAtFaultId }, _args, ctx) => (departmentAtFaultId === null ? null : ctx.loaders.catalogues.departmentById.load(departmentAtFaultId)),
  cause: ({ causeId }, _args, ctx) => (causeId === null ? null : ctx.loaders.claims.causes.byId.load(causeId)),
};
