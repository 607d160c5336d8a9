import type { MutationResolvers } from './../../../types.generated';
import { createIndividualAgreement as run } from '../../../../src/modules/agreements/agreements.service';

export const createIndividualAgreement: NonNullable<MutationResolvers['createIndividualAgreement']> = (_parent, { input }, ctx) => run(ctx, input);
