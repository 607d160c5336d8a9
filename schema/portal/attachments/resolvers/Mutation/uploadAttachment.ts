import type { MutationResolvers } from './../../../types.generated.js';
import { uploadPartnerAttachment } from '../../../../../src/modules/portal/self-service.js';

export const uploadAttachment: NonNullable<MutationResolvers['uploadAttachment']> = (_parent, { input }, ctx) => uploadPartnerAttachment(ctx, input);
