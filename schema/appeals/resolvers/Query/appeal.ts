import type { QueryResolvers } from './../../../types.generated.js';
import { getAppeal } from '../../../../src/modules/appeals/appeals.service.js';

export const appeal: NonNullable<QueryResolvers['appeal']> = (_parent, { id }, ctx) => getAppeal(ctx, id);
