import type { MutationResolvers } from './../../../types.generated.js';
import { appealTypes } from '../../../../src/modules/appeals/types.service.js';

export const renameAppealType: NonNullable<MutationResolvers['renameAppealType']> = (_parent, { input }, ctx) => appealTypes.rename(ctx, input);
