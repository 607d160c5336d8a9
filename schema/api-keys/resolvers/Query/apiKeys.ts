import type { QueryResolvers } from './../../../types.generated.js';
import { listKeys } from '../../../../src/modules/auth/key-management.service.js';

export const apiKeys: NonNullable<QueryResolvers['apiKeys']> = (_parent, { where, ...page }, ctx) => listKeys(ctx, where, page);
