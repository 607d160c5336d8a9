import type { MutationResolvers } from './../../../types.generated.js';
import { cancelTask as run } from '../../../../src/modules/tasks/tasks.service.js';

export const cancelTask: NonNullable<MutationResolvers['cancelTask']> = (_parent, { input }, ctx) => run(ctx, input);
