import type { MutationResolvers } from './../../../types.generated.js';
import { appealTypes } from '../../../../src/modules/appeals/types.service.js';

export const deleteAppealType: NonNullable<MutationResolvers['deleteAppealType']> = (_parent, { input }, ctx) => appealTypes.remove(ctx, input);
