import type { MutationResolvers } from './../../../types.generated.js';
import { appealTypes } from '../../../../src/modules/appeals/types.service.js';

export const createAppealType: NonNullable<MutationResolvers['createAppealType']> = (_parent, { input }, ctx) => appealTypes.create(ctx, input);
