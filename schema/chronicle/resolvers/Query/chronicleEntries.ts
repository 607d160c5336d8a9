import type { QueryResolvers } from './../../../types.generated';
import { listEntries } from '../../../../src/modules/chronicle/chronicle.service';

export const chronicleEntries: NonNullable<QueryResolvers['chronicleEntries']> = (_parent, { where, ...page }, ctx) =>
  listEntries(ctx, where, page);
