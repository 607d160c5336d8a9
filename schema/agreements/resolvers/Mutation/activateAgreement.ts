import type { MutationResolvers } from './../../../types.generated.js';
import { activateAgreement as run } from '../../../../src/modules/agreements/agreements.service.js';

export const activateAgreement: NonNullable<MutationResolvers['activateAgreement']> = (_parent, { input }, ctx) => run(ctx, input);
