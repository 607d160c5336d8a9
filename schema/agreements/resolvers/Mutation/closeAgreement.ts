import type { MutationResolvers } from './../../../types.generated';
import { closeAgreement as run } from '../../../../src/modules/agreements/agreements.service';

export const closeAgreement: NonNullable<MutationResolvers['closeAgreement']> = (_parent, { input }, ctx) => run(ctx, input);
