import type { MutationResolvers } from './../../../types.generated.js';
import { updateAppeal as run } from '../../../../src/modules/appeals/appeals.service.js';

export const updateAppeal: NonNullable<MutationResolvers['updateAppeal']> = (_parent, { input }, ctx) => run(ctx, input);
