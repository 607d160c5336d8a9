import type { MutationResolvers } from './../../../types.generated.js';
import { changeAppealStatus as run } from '../../../../src/modules/appeals/appeals.service.js';

export const changeAppealStatus: NonNullable<MutationResolvers['changeAppealStatus']> = (_parent, { input }, ctx) => run(ctx, input);
