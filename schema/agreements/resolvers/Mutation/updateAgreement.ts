import type { MutationResolvers } from './../../../types.generated.js';
import { updateAgreement as run } from '../../../../src/modules/agreements/agreements.service.js';

export const updateAgreement: NonNullable<MutationResolvers['updateAgreement']> = (_parent, { input }, ctx) => run(ctx, input);
