import type { QueryResolvers } from './../../../types.generated.js';
import { listEntries } from '../../../../src/modules/chronicle/chronicle.service.js';

export const chronicleEntries: NonNullable<QueryResolvers['chronicleEntries']> = (_parent, { where, ...page }, ctx) =>
  listEntries(ctx, where, page);
