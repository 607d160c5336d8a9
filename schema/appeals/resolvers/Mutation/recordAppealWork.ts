import type { MutationResolvers } from './../../../types.generated.js';
import { recordAppealWork as run } from '../../../../src/modules/appeals/appeals.service.js';

export const recordAppealWork: NonNullable<MutationResolvers['recordAppealWork']> = (_parent, { input }, ctx) => run(ctx, input);
