import type { MutationResolvers } from './../../../types.generated.js';
import { updateEntry } from '../../../../src/modules/work-time/work-time.service.js';

export const updateTimeEntry: NonNullable<MutationResolvers['updateTimeEntry']> = (_parent, { input }, ctx) => updateEntry(ctx, input);
