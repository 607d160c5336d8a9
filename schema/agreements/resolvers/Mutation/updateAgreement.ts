import type { MutationResolvers } from './../../../types.generated';
import { updateAgreement as run } from '../../../../src/modules/agreements/agreements.service';

export const updateAgreement: NonNullable<MutationResolvers['updateAgreement']> = (_parent, { input }, ctx) => run(ctx, input);
