import type { QueryResolvers } from './../../../types.generated.js';
import { getClaim } from '../../../../src/modules/claims/claims.service.js';

export const claim: NonNullable<QueryResolvers['claim']> = (_parent, { id }, ctx) => getClaim(ctx, id);
