import type { MutationResolvers } from './../../../types.generated';
import { createInformationSource as run } from '../../../../src/modules/catalogues/catalogues.service';

export const createInformationSource: NonNullable<MutationResolvers['createInformationSource']> = (_parent, { input }, ctx) => run(ctx, input);
