import type { QueryResolvers } from './../../../types.generated.js';
import { getObligation } from '../../../../src/modules/obligations/obligations.service.js';

export const obligation: NonNullable<QueryResolvers['obligation']> = (_parent, { id }, ctx) => getObligation(ctx, id);
