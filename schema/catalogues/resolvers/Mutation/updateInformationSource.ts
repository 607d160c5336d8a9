import type { MutationResolvers } from './../../../types.generated';
import { updateInformationSource as run } from '../../../../src/modules/catalogues/catalogues.service';

export const updateInformationSource: NonNullable<MutationResolvers['updateInformationSource']> = (_parent, { input }, ctx) => run(ctx, input);
