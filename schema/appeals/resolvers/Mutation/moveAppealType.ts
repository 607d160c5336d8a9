import type { MutationResolvers } from './../../../types.generated.js';
import { appealTypes } from '../../../../src/modules/appeals/types.service.js';

export const moveAppealType: NonNullable<MutationResolvers['moveAppealType']> = (_parent, { input }, ctx) => appealTypes.move(ctx, input);
