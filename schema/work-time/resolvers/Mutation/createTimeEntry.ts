import type { MutationResolvers } from './../../../types.generated.js';
import { createEntry } from '../../../../src/modules/work-time/work-time.service.js';

export const createTimeEntry: NonNullable<MutationResolvers['createTimeEntry']> = (_parent, { input }, ctx) => createEntry(ctx, input);
