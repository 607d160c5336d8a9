import type { QueryResolvers } from './../../../types.generated';
import { getEntry } from '../../../../src/modules/chronicle/chronicle.service';

export const chronicleEntry: NonNullable<QueryResolvers['chronicleEntry']> = (_parent, { id }, ctx) => getEntry(ctx, id);
