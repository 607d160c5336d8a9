import type { QueryResolvers } from './../../../types.generated.js';
import { callLog as run } from '../../../../src/modules/contact-cards/contact-cards.service.js';

export const callLog: NonNullable<QueryResolvers['callLog']> = (_parent, args, ctx) => run(ctx, args);
