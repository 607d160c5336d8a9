import type { MutationResolvers } from './../../../types.generated.js';
import { updateInformationSource as run } from '../../../../src/modules/catalogues/catalogues.service.js';

export const updateInformationSource: NonNullable<MutationResolvers['updateInformationSource']> = (_parent, { input }, ctx) => run(ctx, input);
