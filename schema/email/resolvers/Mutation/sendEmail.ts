import type { MutationResolvers } from './../../../types.generated.js';
import { sendEmail as run } from '../../../../src/modules/email/email.service.js';

export const sendEmail: NonNullable<MutationResolvers['sendEmail']> = (_parent, { input }, ctx) => run(ctx, input);
