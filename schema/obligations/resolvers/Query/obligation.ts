import type { QueryResolvers } from './../../../types.generated';
import { getObligation } from '../../../../src/modules/obligations/obligations.service';

export const obligation: NonNullable<QueryResolvers['obligation']> = (_parent, { id }, ctx) => getObligation(ctx, id);
