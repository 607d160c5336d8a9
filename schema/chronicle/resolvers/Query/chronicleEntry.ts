import type { QueryResolvers } from './../../../types.generated.js';
import { getEntry } from '../../../../src/modules/chronicle/chronicle.service.js';

export const chronicleEntry: NonNullable<QueryResolvers['chronicleEntry']> = (_parent, { id }, ctx) => getEntry(ctx, id);
