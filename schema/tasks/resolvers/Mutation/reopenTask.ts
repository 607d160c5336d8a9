import type { MutationResolvers } from './../../../types.generated.js';
import { reopenTask as run } from '../../../../src/modules/tasks/tasks.service.js';

export const reopenTask: NonNullable<MutationResolvers['reopenTask']> = (_parent, { input }, ctx) => run(ctx, input);
