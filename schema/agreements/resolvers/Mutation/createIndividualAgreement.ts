import type { MutationResolvers } from './../../../types.generated.js';
import { createIndividualAgreement as run } from '../../../../src/modules/agreements/agreements.service.js';

export const createIndividualAgreement: NonNullable<MutationResolvers['createIndividualAgreement']> = (_parent, { input }, ctx) => run(ctx, input);
