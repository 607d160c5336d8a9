import type { MutationResolvers } from './../../../types.generated.js';
import { assignAppeal as run } from '../../../../src/modules/appeals/appeals.service.js';

export const assignAppeal: NonNullable<MutationResolvers['assignAppeal']> = (_parent, { input }, ctx) => run(ctx, input);
