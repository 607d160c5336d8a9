import type { MutationResolvers } from './../../../types.generated';
import { createTypicalAgreement as run } from '../../../../src/modules/agreements/agreements.service';

export const createTypicalAgreement: NonNullable<MutationResolvers['createTypicalAgreement']> = (_parent, { input }, ctx) => run(ctx, input);
