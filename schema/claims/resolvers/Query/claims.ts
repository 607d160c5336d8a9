import type { QueryResolvers } from './../../../types.generated.js';
import { listClaims } from '../../../../src/modules/claims/claims.service.js';

export const claims: NonNullable<QueryResolvers['claims']> = (_parent, { where, ...page }, ctx) => listClaims(ctx, where, page);
