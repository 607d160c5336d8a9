import type { MutationResolvers } from './../../../types.generated.js';
import { createInformationSource as run } from '../../../../src/modules/catalogues/catalogues.service.js';

export const createInformationSource: NonNullable<MutationResolvers['createInformationSource']> = (_parent, { input }, ctx) => run(ctx, input);
