import type { MutationResolvers } from './../../../types.generated.js';
import { deleteEntry } from '../../../../src/modules/work-time/work-time.service.js';

export const deleteTimeEntry: NonNullable<MutationResolvers['deleteTimeEntry']> = (_parent, { input }, ctx) => deleteEntry(ctx, input);
