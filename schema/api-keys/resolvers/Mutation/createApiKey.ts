import type { MutationResolvers } from './../../../types.generated.js';
import { createStaffApiKey } from '../../../../src/modules/auth/key-management.service.js';

export const createApiKey: NonNullable<MutationResolvers['createApiKey']> = (_parent, { input }, ctx) => createStaffApiKey(ctx, input);
