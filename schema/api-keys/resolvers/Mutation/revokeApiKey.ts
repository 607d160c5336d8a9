import type { MutationResolvers } from './../../../types.generated.js';
import { revokeKey } from '../../../../src/modules/auth/key-management.service.js';

export const revokeApiKey: NonNullable<MutationResolvers['revokeApiKey']> = (_parent, { input }, ctx) => revokeKey(ctx, input);
