import type { QueryResolvers } from './../../../types.generated';
import { getAgreement } from '../../../../src/modules/agreements/agreements.service';

export const agreement: NonNullable<QueryResolvers['agreement']> = (_parent, { id }, ctx) => getAgreement(ctx, id);
