import type { ClaimStructureResolvers } from './../../types.generated.js';

export const ClaimStructure: ClaimStructureResolvers = {};
