import type { MutationResolvers } from './../../../types.generated';
import { activateAgreement as run } from '../../../../src/modules/agreements/agreements.service';

export const activateAgreement: NonNullable<MutationResolvers['activateAgreement']> = (_parent, { input }, ctx) => run(ctx, input);
