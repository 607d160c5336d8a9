import type { QueryResolvers } from './../../../types.generated.js';
import { listAppeals } from '../../../../src/modules/appeals/appeals.service.js';

export const appeals: NonNullable<QueryResolvers['appeals']> = (_parent, { where, ...page }, ctx) => listAppeals(ctx, where, page);
