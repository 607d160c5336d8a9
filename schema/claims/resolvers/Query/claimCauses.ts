import type { QueryResolvers } from './../../../types.generated.js';
import { claimCauses as causes } from '../../../../src/modules/claims/claims.service.js';

export const claimCauses: NonNullable<QueryResolvers['claimCauses']> = (_parent, _args, ctx) => causes.roots(ctx);
