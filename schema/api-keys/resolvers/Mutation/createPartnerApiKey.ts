import type { MutationResolvers } from './../../../types.generated.js';
import { createPartnerApiKey as create } from '../../../../src/modules/auth/key-management.service.js';

export const createPartnerApiKey: NonNullable<MutationResolvers['createPartnerApiKey']> = (_parent, { input }, ctx) => create(ctx, input);
