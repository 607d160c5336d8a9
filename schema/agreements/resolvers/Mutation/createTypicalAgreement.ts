import type { MutationResolvers } from './../../../types.generated.js';
import { createTypicalAgreement as run } from '../../../../src/modules/agreements/agreements.service.js';

export const createTypicalAgreement: NonNullable<MutationResolvers['createTypicalAgreement']> = (_parent, { input }, ctx) => run(ctx, input);
