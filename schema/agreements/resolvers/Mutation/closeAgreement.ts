import type { MutationResolvers } from './../../../types.generated.js';
import { closeAgreement as run } from '../../../../src/modules/agreements/agreements.service.js';

export const closeAgreement: NonNullable<MutationResolvers['closeAgreement']> = (_parent, { input }, ctx) => run(ctx, input);
