import type { ClaimDynamicsRowResolvers } from './../../types.generated.js';

export const ClaimDynamicsRow: ClaimDynamicsRowResolvers = {
  departmentAtFault: ({ departmentAtFaultId }, _args, ctx) => (departmentAtFaultId === null ? null : ctx.loaders.catalogues.departmentById.load(departmentAtFaultId)),
};
