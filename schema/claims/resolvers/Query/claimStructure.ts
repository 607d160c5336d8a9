import type { QueryResolvers } from './../../../types.generated.js';
import { claimStructure as run } from '../../../../src/modules/claims/claims.service.js';

export const claimStructure: NonNullable<QueryResolvers['claimStructure']> = (_parent, args, ctx) => run(ctx, args);
