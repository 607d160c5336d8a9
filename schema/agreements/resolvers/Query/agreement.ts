import type { QueryResolvers } from './../../../types.generated.js';
import { getAgreement } from '../../../../src/modules/agreements/agreements.service.js';

export const agreement: NonNullable<QueryResolvers['agreement']> = (_parent, { id }, ctx) => getAgreement(ctx, id);
